package io.mooring.provisioner.setup;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SetupSystemUserRequested;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.platform.kafka.PoisonMessageException;
import java.time.Clock;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Takes setup commands; a duplicate is acknowledged and changes nothing. */
@Component
class SetupCommandListener {
  private final Provisionings provisionings;
  private final ProvisioningEngine engine;
  private final Clock clock;

  SetupCommandListener(Provisionings provisionings, ProvisioningEngine engine, Clock clock) {
    this.provisionings = provisionings;
    this.engine = engine;
    this.clock = clock;
  }

  @KafkaListener(topics = TopicNames.SYSTEM_USER_COMMANDS)
  @SuppressWarnings("unchecked")
  void on(Envelope<?> envelope) {
    if (!(envelope.payload() instanceof SetupSystemUserRequested setup)) {
      throw new PoisonMessageException("not a setup command: " + envelope.type());
    }
    if (provisionings.accept((Envelope<SetupSystemUserRequested>) envelope, clock.instant())) {
      engine.advance(Provisioning.idOf(envelope.tenantId(), setup.businessManagerId()));
    }
  }
}
