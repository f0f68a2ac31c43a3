package io.mooring.notification.consumers;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.businessmanager.BusinessManagerConnectionFailed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.notification.accounts.AccountEventsHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Who connected which Business Manager (to know its admins), and failed connections. */
@Component
class BusinessManagerEventsListener {
  private final AccountEventsHandler accounts;

  BusinessManagerEventsListener(AccountEventsHandler accounts) {
    this.accounts = accounts;
  }

  @KafkaListener(topics = TopicNames.BUSINESS_MANAGER_EVENTS)
  void on(Envelope<?> envelope) {
    if (envelope.payload() instanceof BusinessManagerConnected connected) {
      accounts.connected(envelope, connected);
    } else if (envelope.payload() instanceof BusinessManagerConnectionFailed failed) {
      accounts.connectionFailed(envelope, failed);
    } else {
      throw UnexpectedMessage.on(TopicNames.BUSINESS_MANAGER_EVENTS, envelope);
    }
  }
}
