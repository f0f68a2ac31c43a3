package io.mooring.provisioner.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.topics.Topics;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.token.AccessToken;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.provisioner.refresh.TokenRefresher;
import io.mooring.secrets.SecretContext;
import io.mooring.testsupport.SharedGraphSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Expiring tokens are refreshed before Meta forfeits them; no token ever shows in clear. */
@ExtendWith(OutputCaptureExtension.class)
class TokenRefreshAndSecrecyIT extends ProvisionerTestSupport {
  @Autowired TokenRefresher refresher;
  @Autowired GraphApiClient graph;
  @Autowired MongoTemplate mongo;

  @DynamicPropertySource
  static void partnerToken(DynamicPropertyRegistry registry) {
    SharedGraphSimulator.registerPartnerToken(registry);
  }

  @Test
  void aTokenNearItsExpiryIsRefreshedAndAnnouncedSealedAndNoTokenAppearsInLogsOrRecords(
      CapturedOutput output) {
    DemoWorld.ClientBusiness business = business(8);
    String adminToken = adminTokenOf(business);
    send(setupCommand("tenant-refresh", business, adminToken));
    var first = (SystemUserProvisioned) events(business.id(), 1).get(0).payload();
    SecretContext context = SecretContext.systemUserToken("tenant-refresh", business.id());
    String firstToken = vault.open(first.systemUserToken(), context);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(Provisioning.idOf("tenant-refresh", business.id()))),
        new Update().set("tokenExpiresAt", Instant.now().plus(Duration.ofDays(3))),
        Provisioning.class);

    assertThat(refresher.refreshDueTokens()).isEqualTo(1);

    var refreshed = (SystemUserProvisioned) events(business.id(), 2).get(1).payload();
    String secondToken = vault.open(refreshed.systemUserToken(), context);
    assertThat(secondToken).isNotEqualTo(firstToken);
    assertThat(refreshed.tokenExpiresAt()).isAfter(Instant.now().plus(Duration.ofDays(50)));
    assertThat(graph.me().me(AccessToken.of(secondToken)).id()).isEqualTo(first.systemUserId());
    assertThat(refreshed.systemUserId()).isEqualTo(first.systemUserId());

    List<String> secrets = List.of(adminToken, firstToken, secondToken);
    String everythingOnKafka =
        String.join(
            "\n",
            kafka()
                .readAll(
                    Topics.SYSTEM_USER_EVENTS.name(),
                    r -> business.id().equals(r.key()),
                    Duration.ofSeconds(2))
                .stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .toList());
    assertThat(everythingOnKafka).contains(first.systemUserId());
    for (String secret : secrets) {
      assertThat(output.getAll()).doesNotContain(secret);
      assertThat(everythingOnKafka).doesNotContain(secret);
    }
  }

  private List<Envelope<?>> events(String businessManagerId, int count) {
    return kafka().envelopes(Topics.SYSTEM_USER_EVENTS.name(), businessManagerId, count);
  }
}
