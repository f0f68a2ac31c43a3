package io.mooring.bmconnector.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.bmconnector.ConnectorTestSupport;
import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.businessmanager.BusinessManagerConnectionFailed;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.Topics;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.platform.identity.Role;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import io.mooring.testsupport.ServiceHttp.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.util.UriComponentsBuilder;

/** Facebook Login for Business through the simulator: happy, refused, forged, expired, again. */
@ExtendWith(OutputCaptureExtension.class)
class ConnectBusinessManagerIT extends ConnectorTestSupport {
  private static final List<String> ALL_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement");

  @Autowired TokenVault vault;

  @Test
  void anAdminConnectsTheirBusinessManagerAndTheTokenOnlyTravelsSealed(CapturedOutput output)
      throws Exception {
    DemoWorld.ClientBusiness business = simulator.world().clientBusinesses().get(0);
    String admin = identity("tenant-happy", "ana", Role.ADMIN);

    Response connected = connect(admin, business, ALL_SCOPES);

    assertThat(connected.status()).isEqualTo(200);
    assertThat(connected.body().path("status").asString()).isEqualTo("CONNECTED");
    assertThat(connected.body().path("businessManager").path("name").asString())
        .isEqualTo(business.name());
    assertThat(
            connected.body().path("businessManager").path("systemUser").path("status").asString())
        .isEqualTo("NOT_SET_UP");
    assertThat(connected.body().toString()).doesNotContain("adminToken");

    Envelope<?> event =
        kafka().envelopes(Topics.BUSINESS_MANAGER_EVENTS.name(), business.id(), 1).get(0);
    var payload = (BusinessManagerConnected) event.payload();
    assertThat(event.tenantId()).isEqualTo("tenant-happy");
    assertThat(payload.grantedScopes()).containsAll(ALL_SCOPES);
    assertThat(payload.adminToken()).isNotNull();
    assertThat(payload.reconnected()).isFalse();
    String adminToken =
        vault.open(
            payload.adminToken(),
            SecretContext.businessManagerAdminToken("tenant-happy", business.id()));
    String onKafka =
        new String(
            kafka()
                .awaitRecords(
                    Topics.BUSINESS_MANAGER_EVENTS.name(), r -> business.id().equals(r.key()), 1)
                .get(0)
                .value(),
            StandardCharsets.UTF_8);
    assertThat(onKafka).contains(business.id()).doesNotContain(adminToken);
    assertThat(output.getAll()).doesNotContain(adminToken);
    assertThat(connected.body().toString()).doesNotContain(adminToken);
  }

  @Test
  void reconnectingTheSameBusinessManagerUpdatesItAndNeverDuplicates() throws Exception {
    DemoWorld.ClientBusiness business = simulator.world().clientBusinesses().get(1);
    String admin = identity("tenant-again", "ana", Role.ADMIN);

    assertThat(connect(admin, business, ALL_SCOPES).status()).isEqualTo(200);
    assertThat(connect(admin, business, ALL_SCOPES).status()).isEqualTo(200);

    Response list = get("/api/business-managers", admin);
    assertThat(list.body().path("totalItems").asLong()).isEqualTo(1);
    List<Envelope<?>> events =
        kafka().envelopes(Topics.BUSINESS_MANAGER_EVENTS.name(), business.id(), 2);
    assertThat(events.stream().map(e -> ((BusinessManagerConnected) e.payload()).reconnected()))
        .contains(false, true);
  }

  @Test
  void aMissingPermissionFailsAndSaysWhichOne() throws Exception {
    DemoWorld.ClientBusiness business = simulator.world().clientBusinesses().get(2);
    String admin = identity("tenant-missing", "ana", Role.ADMIN);
    List<String> withoutMetadata =
        ALL_SCOPES.stream().filter(scope -> !scope.equals("pages_manage_metadata")).toList();

    Response refused = connect(admin, business, withoutMetadata);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(refused.body().path("reason").asString()).isEqualTo("MISSING_PERMISSION");
    assertThat(refused.body().path("missingPermissions").toString())
        .contains("pages_manage_metadata");
    assertThat(refused.body().path("nextStep").asString()).isNotBlank();
    Envelope<?> failed =
        kafka()
            .awaitRecords(
                Topics.BUSINESS_MANAGER_EVENTS.name(),
                r -> new String(r.value(), StandardCharsets.UTF_8).contains("tenant-missing"),
                1)
            .stream()
            .map(r -> io.mooring.contracts.envelope.EnvelopeCodec.decode(r.value()))
            .findFirst()
            .orElseThrow();
    assertThat(((BusinessManagerConnectionFailed) failed.payload()).reason())
        .isEqualTo(ReasonCode.MISSING_PERMISSION);
    assertThat(get("/api/business-managers", admin).body().path("totalItems").asLong()).isZero();
  }

  @Test
  void aForgedOrReplayedStateIsRefused() throws Exception {
    DemoWorld.ClientBusiness business = simulator.world().clientBusinesses().get(3);
    String code =
        simulator.issueLoginCode(business.adminPersonIds().get(0), ALL_SCOPES, REDIRECT_URI);

    Response forged = get(callback("not-a-state-we-issued", code), null);
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body().path("reason").asString()).isEqualTo("LOGIN_STATE_INVALID");

    String admin = identity("tenant-replay", "ana", Role.ADMIN);
    Response first = connect(admin, business, ALL_SCOPES);
    assertThat(first.status()).isEqualTo(200);
  }

  @Test
  void aUsedOrExpiredCodeIsRefusedWithTheNextStep() throws Exception {
    DemoWorld.ClientBusiness business = simulator.world().clientBusinesses().get(4);
    String admin = identity("tenant-code", "ana", Role.ADMIN);
    String state = startLogin(admin, business.id());
    String code =
        simulator.issueLoginCode(business.adminPersonIds().get(0), ALL_SCOPES, REDIRECT_URI);
    String otherState = startLogin(admin, business.id());
    assertThat(get(callback(state, code), null).status()).isEqualTo(200);

    Response reused = get(callback(otherState, code), null);

    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.body().path("reason").asString()).isEqualTo("LOGIN_CODE_INVALID");
    assertThat(reused.body().path("nextStep").asString()).contains("again");
    assertThat(get(callback(state, code), null).body().path("reason").asString())
        .as("a state is good for one callback")
        .isEqualTo("LOGIN_STATE_INVALID");
  }

  @Test
  void onlyAdminsMayStartAConnection() throws Exception {
    Response refused =
        post(
            "/api/business-managers/connections",
            identity("tenant-roles", "vic", Role.VIEWER),
            "{}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(post("/api/business-managers/connections", null, "{}").status()).isEqualTo(401);
  }

  private Response connect(String admin, DemoWorld.ClientBusiness business, List<String> scopes)
      throws Exception {
    String state = startLogin(admin, business.id());
    String code = simulator.issueLoginCode(business.adminPersonIds().get(0), scopes, REDIRECT_URI);
    return get(callback(state, code), null);
  }

  private String startLogin(String admin, String businessManagerId) throws Exception {
    Response started =
        post(
            "/api/business-managers/connections",
            admin,
            "{\"businessManagerId\":\"" + businessManagerId + "\"}");
    assertThat(started.status()).isEqualTo(201);
    String loginUrl = started.body().path("loginUrl").asString();
    assertThat(loginUrl).startsWith(simulator.baseUrl()).contains("/dialog/oauth");
    Map<String, String> query =
        Arrays.stream(UriComponentsBuilder.fromUriString(loginUrl).build().getQuery().split("&"))
            .map(pair -> pair.split("=", 2))
            .collect(
                Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    assertThat(query)
        .containsEntry("client_id", simulator.appId())
        .containsEntry("redirect_uri", REDIRECT_URI);
    return query.get("state");
  }

  private static String callback(String state, String code) {
    return "/api/business-managers/connections/callback?state=" + state + "&code=" + code;
  }
}
