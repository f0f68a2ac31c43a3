package io.mooring.provisioner.messaging;

import io.mooring.platform.outbox.OutboxCollection;
import io.mooring.provisioner.setup.Provisioning;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The documents whose outbox the relay drains. */
@Configuration(proxyBeanMethods = false)
class Outboxes {
  @Bean
  OutboxCollection provisioningsOutbox() {
    return new OutboxCollection(Provisioning.COLLECTION);
  }
}
