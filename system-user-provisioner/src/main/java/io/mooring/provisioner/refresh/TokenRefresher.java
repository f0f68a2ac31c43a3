package io.mooring.provisioner.refresh;

import io.mooring.graph.GraphApiClient;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.token.DebugTokenInfo;
import io.mooring.platform.outbox.OutboxRelay;
import io.mooring.provisioner.setup.Provisioning;
import io.mooring.provisioner.setup.ProvisioningEngine;
import io.mooring.provisioner.setup.ProvisioningProperties;
import io.mooring.provisioner.setup.Provisionings;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes 60-day System User tokens well before they expire (Meta forfeits a token that is not
 * refreshed in time) and announces the new one, sealed, so the page workers switch to it. The old
 * token stays valid until its own expiry, so nothing breaks in between.
 */
@Component
public class TokenRefresher {
  private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);

  private final Provisionings provisionings;
  private final ProvisioningEngine engine;
  private final GraphApiClient graph;
  private final TokenVault vault;
  private final ProvisioningProperties properties;
  private final OutboxRelay outbox;
  private final Clock clock;

  TokenRefresher(
      Provisionings provisionings,
      ProvisioningEngine engine,
      GraphApiClient graph,
      TokenVault vault,
      ProvisioningProperties properties,
      OutboxRelay outbox,
      Clock clock) {
    this.provisionings = provisionings;
    this.engine = engine;
    this.graph = graph;
    this.vault = vault;
    this.properties = properties;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Returns how many tokens were refreshed. */
  @Scheduled(fixedDelayString = "${mooring.provisioning.refresh-interval:1h}")
  public int refreshDueTokens() {
    int refreshed = 0;
    for (Provisioning p :
        provisionings.expiringBefore(clock.instant().plus(properties.refreshBefore()), 100)) {
      try {
        refresh(p);
        refreshed++;
      } catch (GraphApiException e) {
        log.warn("could not refresh the System User token of {}: {}", p.id(), e.outcome());
      }
    }
    if (refreshed > 0) {
      outbox.wakeUp();
    }
    return refreshed;
  }

  private void refresh(Provisioning p) {
    SecretContext context = SecretContext.systemUserToken(p.tenantId(), p.businessManagerId());
    AccessToken current = AccessToken.of(vault.open(p.systemUserToken(), context));
    AccessToken fresh = graph.tokens().refresh(current, true).accessToken();
    DebugTokenInfo info = graph.tokens().debugToken(fresh);
    var sealed = vault.seal(fresh.value(), context);
    var expiresAt = info.expiresAt().orElse(null);
    Provisioning updated =
        new Provisioning(
            p.id(),
            p.tenantId(),
            p.businessManagerId(),
            p.businessManagerName(),
            p.requestedBy(),
            p.adminToken(),
            p.status(),
            p.step(),
            sealed,
            p.systemUserId(),
            p.systemUserName(),
            p.scopes(),
            expiresAt,
            p.attempts(),
            p.nextAttemptAt(),
            p.leaseUntil(),
            p.lastCommandEventId(),
            p.correlationId(),
            p.failureReason(),
            p.failureDetail(),
            p.outbox());
    provisionings.replaceToken(
        p,
        new Update().set("systemUserToken", sealed).set("tokenExpiresAt", expiresAt),
        engine.provisionedEvent(updated));
  }
}
