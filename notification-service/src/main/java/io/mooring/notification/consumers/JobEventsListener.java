package io.mooring.notification.consumers;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.EnablementJobProgressed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.notification.enablement.JobCompletedHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Job events: a completed job is told to its requester; progress is not news. */
@Component
class JobEventsListener {
  private final JobCompletedHandler completed;

  JobEventsListener(JobCompletedHandler completed) {
    this.completed = completed;
  }

  @KafkaListener(topics = TopicNames.ENABLEMENT_JOB_EVENTS)
  void on(Envelope<?> envelope) {
    if (envelope.payload() instanceof EnablementJobCompleted job) {
      completed.handle(envelope, job);
    } else if (!(envelope.payload() instanceof EnablementJobProgressed)) {
      throw UnexpectedMessage.on(TopicNames.ENABLEMENT_JOB_EVENTS, envelope);
    }
  }
}
