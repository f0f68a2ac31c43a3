package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.enablement.EnableSystemUserRequested;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.platform.kafka.PoisonMessageException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The main platform's way in: a redelivered command finds its job and changes nothing. */
@Component
class EnablementCommandListener {
  private final JobIntake intake;

  EnablementCommandListener(JobIntake intake) {
    this.intake = intake;
  }

  @KafkaListener(topics = TopicNames.ENABLEMENT_COMMANDS)
  void on(Envelope<?> envelope) {
    if (!(envelope.payload() instanceof EnableSystemUserRequested command)) {
      throw new PoisonMessageException("not an enablement command: " + envelope.type());
    }
    intake.accept(
        command.jobId(),
        envelope.tenantId(),
        command.requestedBy(),
        command.pageIds(),
        command.dryRun(),
        envelope.eventId(),
        envelope.correlationId());
  }
}
