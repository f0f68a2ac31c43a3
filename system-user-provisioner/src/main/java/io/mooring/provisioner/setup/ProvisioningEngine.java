package io.mooring.provisioner.setup;

import io.github.resilience4j.core.IntervalFunction;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.me.Me;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.token.DebugTokenInfo;
import io.mooring.graph.token.TokenType;
import io.mooring.platform.outbox.OutboxRelay;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Runs a setup through the On-Behalf-Of steps, saving after each one. Transient errors wait on
 * their own schedule (never sooner than Meta asks); permanent ones fail at once with a reason.
 */
@Service
public class ProvisioningEngine {
  static final String PRODUCER = "system-user-provisioner";
  private static final Logger log = LoggerFactory.getLogger(ProvisioningEngine.class);
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final Provisionings provisionings;
  private final GraphApiClient graph;
  private final TokenVault vault;
  private final ProvisioningProperties properties;
  private final OutboxRelay outbox;
  private final Clock clock;
  private final IntervalFunction backoff;

  ProvisioningEngine(
      Provisionings provisionings,
      GraphApiClient graph,
      TokenVault vault,
      ProvisioningProperties properties,
      OutboxRelay outbox,
      Clock clock) {
    this.provisionings = provisionings;
    this.graph = graph;
    this.vault = vault;
    this.properties = properties;
    this.outbox = outbox;
    this.clock = clock;
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            properties.initialBackoff(), 2.0, 0.5, properties.maxBackoff());
  }

  /** Advances the setup as far as it goes now; does nothing if it is not due or held elsewhere. */
  public void advance(String provisioningId) {
    Instant now = clock.instant();
    provisionings.lease(provisioningId, now, now.plus(LEASE)).ifPresent(this::runSteps);
  }

  private void runSteps(Provisioning leased) {
    Provisioning current = leased;
    try {
      while (current.step() != ProvisioningStep.DONE) {
        current = runStep(current);
        if (current == null) {
          return;
        }
      }
    } catch (GraphApiException e) {
      handle(current, FailureClassifier.classify(current.step(), e));
    }
  }

  /** One step; returns the saved setup, or null when the setup ended in this step. */
  private Provisioning runStep(Provisioning p) {
    switch (p.step()) {
      case LINK_BUSINESS -> {
        graph
            .businesses()
            .createManagedBusiness(
                adminToken(p), properties.partnerBusinessId(), p.businessManagerId());
        return provisionings.advance(p, ProvisioningStep.CREATE_SYSTEM_USER_TOKEN, new Update());
      }
      case CREATE_SYSTEM_USER_TOKEN -> {
        AccessToken token =
            graph
                .businesses()
                .createClientSystemUserToken(
                    AccessToken.of(properties.partnerAdminSystemUserToken()),
                    p.businessManagerId(),
                    properties.scopes())
                .accessToken();
        return provisionings.advance(
            p,
            ProvisioningStep.IDENTIFY_SYSTEM_USER,
            new Update()
                .set(
                    "systemUserToken",
                    vault.seal(
                        token.value(),
                        SecretContext.systemUserToken(p.tenantId(), p.businessManagerId()))));
      }
      case IDENTIFY_SYSTEM_USER -> {
        Me me = graph.me().me(systemUserToken(p));
        return provisionings.advance(
            p,
            ProvisioningStep.VERIFY_TOKEN,
            new Update().set("systemUserId", me.id()).set("systemUserName", me.name()));
      }
      case VERIFY_TOKEN -> {
        verify(p, graph.tokens().debugToken(systemUserToken(p)));
        return null;
      }
      default -> throw new IllegalStateException("no step after " + p.step());
    }
  }

  private void verify(Provisioning p, DebugTokenInfo info) {
    if (!info.valid() || info.type() != TokenType.SYSTEM_USER) {
      handle(
          p,
          new SetupFailure.RestartFromToken("token is " + info.type() + ", valid=" + info.valid()));
      return;
    }
    List<String> missing =
        properties.scopes().stream().filter(scope -> !info.hasScope(scope)).toList();
    if (!missing.isEmpty()) {
      handle(
          p,
          new SetupFailure.Permanent(
              ReasonCode.MISSING_PERMISSION,
              "not granted: " + String.join(", ", missing),
              missing));
      return;
    }
    Instant expiresAt = info.expiresAt().orElse(null);
    Provisioning verified =
        provisionings.advance(
            p,
            ProvisioningStep.DONE,
            new Update().set("scopes", info.scopes()).set("tokenExpiresAt", expiresAt));
    provisionings.complete(verified, provisionedEvent(verified));
    outbox.wakeUp();
  }

  public Envelope<SystemUserProvisioned> provisionedEvent(Provisioning p) {
    return event(
        p,
        Messages.SYSTEM_USER_PROVISIONED,
        new SystemUserProvisioned(
            p.businessManagerId(),
            p.businessManagerName(),
            p.systemUserId(),
            p.systemUserName(),
            "EMPLOYEE",
            p.scopes(),
            p.tokenExpiresAt(),
            p.systemUserToken(),
            p.requestedBy()));
  }

  private void handle(Provisioning p, SetupFailure failure) {
    Instant now = clock.instant();
    int attempts = p.attempts() + 1;
    if (failure instanceof SetupFailure.Permanent permanent) {
      fail(p, permanent.reason(), permanent.detail(), permanent.missingPermissions(), attempts);
    } else if (attempts >= properties.maxAttempts()) {
      ReasonCode reason =
          failure instanceof SetupFailure.Retry retry
              ? retry.reasonIfExhausted()
              : ReasonCode.UNEXPECTED_ERROR;
      fail(p, reason, "gave up after " + attempts + " attempts", List.of(), attempts);
    } else if (failure instanceof SetupFailure.Retry retry) {
      Duration wait =
          Duration.ofMillis(Math.max(backoff.apply(attempts), retry.notBefore().toMillis()));
      log.info("setup of {} waits {} after {}", p.id(), wait, retry.detail());
      provisionings.retryLater(p, attempts, now.plus(wait), p.step());
    } else {
      provisionings.retryLater(
          p,
          attempts,
          now.plus(Duration.ofMillis(backoff.apply(attempts))),
          ProvisioningStep.CREATE_SYSTEM_USER_TOKEN);
    }
  }

  private void fail(
      Provisioning p, ReasonCode reason, String detail, List<String> missing, int attempts) {
    log.info("setup of {} failed: {} ({})", p.id(), reason, detail);
    provisionings.fail(
        p,
        reason,
        detail,
        event(
            p,
            Messages.SYSTEM_USER_PROVISIONING_FAILED,
            new SystemUserProvisioningFailed(
                p.businessManagerId(),
                p.businessManagerName(),
                p.requestedBy(),
                reason,
                reason.nextStep(p.businessManagerName()),
                missing,
                attempts)));
    outbox.wakeUp();
  }

  private <P extends io.mooring.contracts.envelope.Message> Envelope<P> event(
      Provisioning p, io.mooring.contracts.envelope.MessageType<P> type, P payload) {
    return Envelope.continuing(
        type,
        p.tenantId(),
        UUID.fromString(p.correlationId()),
        UUID.fromString(p.lastCommandEventId()),
        PRODUCER,
        payload,
        clock);
  }

  private AccessToken adminToken(Provisioning p) {
    return AccessToken.of(
        vault.open(
            p.adminToken(),
            SecretContext.businessManagerAdminToken(p.tenantId(), p.businessManagerId())));
  }

  private AccessToken systemUserToken(Provisioning p) {
    return AccessToken.of(
        vault.open(
            p.systemUserToken(),
            SecretContext.systemUserToken(p.tenantId(), p.businessManagerId())));
  }
}
