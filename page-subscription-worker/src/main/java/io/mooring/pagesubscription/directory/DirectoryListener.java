package io.mooring.pagesubscription.directory;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.contracts.topics.TopicNames;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the directory current from the connector's and the provisioner's events. */
@Component
class DirectoryListener {
  private final BusinessManagerDirectory directory;

  DirectoryListener(BusinessManagerDirectory directory) {
    this.directory = directory;
  }

  @KafkaListener(topics = {TopicNames.BUSINESS_MANAGER_EVENTS, TopicNames.SYSTEM_USER_EVENTS})
  void on(Envelope<?> envelope) {
    var guard =
        new BusinessManagerDirectory.Guard(envelope.eventId().toString(), envelope.occurredAt());
    try {
      if (envelope.payload() instanceof BusinessManagerConnected connected) {
        directory.connected(envelope.tenantId(), guard, connected);
      } else if (envelope.payload() instanceof SystemUserProvisioned provisioned) {
        directory.provisioned(envelope.tenantId(), guard, provisioned);
      } else if (envelope.payload() instanceof SystemUserProvisioningFailed failed) {
        directory.provisioningFailed(envelope.tenantId(), guard, failed);
      }
    } catch (DuplicateKeyException alreadyApplied) {
      // The upsert's guard excluded the document because this event was applied before.
    }
  }
}
