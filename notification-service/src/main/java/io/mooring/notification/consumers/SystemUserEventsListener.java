package io.mooring.notification.consumers;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.notification.accounts.AccountEventsHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** System User set up, or not: tell the requester (and, on failure, the admins). */
@Component
class SystemUserEventsListener {
  private final AccountEventsHandler accounts;

  SystemUserEventsListener(AccountEventsHandler accounts) {
    this.accounts = accounts;
  }

  @KafkaListener(topics = TopicNames.SYSTEM_USER_EVENTS)
  void on(Envelope<?> envelope) {
    if (envelope.payload() instanceof SystemUserProvisioned provisioned) {
      accounts.provisioned(envelope, provisioned);
    } else if (envelope.payload() instanceof SystemUserProvisioningFailed failed) {
      accounts.provisioningFailed(envelope, failed);
    } else {
      throw UnexpectedMessage.on(TopicNames.SYSTEM_USER_EVENTS, envelope);
    }
  }
}
