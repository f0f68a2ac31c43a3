package io.mooring.bmconnector.messaging;

import io.mooring.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The documents whose outbox the relay drains. */
@Configuration(proxyBeanMethods = false)
class Outboxes {
  @Bean
  OutboxCollection businessManagersOutbox() {
    return new OutboxCollection("business_managers");
  }

  @Bean
  OutboxCollection loginAttemptsOutbox() {
    return new OutboxCollection("login_attempts");
  }
}
