package io.mooring.bmconnector.registry;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.contracts.topics.TopicNames;
import java.time.Clock;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the System User badge current from the provisioner's events; idempotent per event. */
@Component
class SystemUserEventsListener {
  private final BusinessManagers businessManagers;
  private final Clock clock;

  SystemUserEventsListener(BusinessManagers businessManagers, Clock clock) {
    this.businessManagers = businessManagers;
    this.clock = clock;
  }

  @KafkaListener(topics = TopicNames.SYSTEM_USER_EVENTS)
  void on(Envelope<?> envelope) {
    String eventId = envelope.eventId().toString();
    if (envelope.payload() instanceof SystemUserProvisioned provisioned) {
      businessManagers.applySystemUserEvent(
          envelope.tenantId(),
          provisioned.businessManagerId(),
          eventId,
          new SystemUserState(
              SystemUserStatus.ENABLED,
              provisioned.systemUserId(),
              provisioned.systemUserName(),
              provisioned.scopes(),
              provisioned.tokenExpiresAt(),
              null,
              null,
              null,
              clock.instant(),
              eventId,
              envelope.occurredAt()));
    } else if (envelope.payload() instanceof SystemUserProvisioningFailed failed) {
      businessManagers.applySystemUserEvent(
          envelope.tenantId(),
          failed.businessManagerId(),
          eventId,
          new SystemUserState(
              SystemUserStatus.FAILED,
              null,
              null,
              List.of(),
              null,
              failed.reason(),
              failed.nextStep(),
              null,
              clock.instant(),
              eventId,
              envelope.occurredAt()));
    }
  }
}
