package io.mooring.pagesubscription.messaging;

import io.mooring.pagesubscription.jobs.EnablementJob;
import io.mooring.pagesubscription.jobs.JobPage;
import io.mooring.platform.outbox.OutboxCollection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The documents whose outbox the relay drains: page outcomes and job events. */
@Configuration(proxyBeanMethods = false)
class Outboxes {
  @Bean
  OutboxCollection jobPagesOutbox() {
    return new OutboxCollection(JobPage.COLLECTION);
  }

  @Bean
  OutboxCollection jobsOutbox() {
    return new OutboxCollection(EnablementJob.COLLECTION);
  }
}
