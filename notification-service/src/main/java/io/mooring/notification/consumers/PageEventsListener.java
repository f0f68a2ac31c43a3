package io.mooring.notification.consumers;

import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.notification.jobs.JobPages;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Page outcomes become the rows of their job's report. */
@Component
class PageEventsListener {
  private final JobPages pages;

  PageEventsListener(JobPages pages) {
    this.pages = pages;
  }

  @KafkaListener(topics = TopicNames.ENABLEMENT_PAGE_EVENTS)
  void on(Envelope<?> envelope) {
    if (envelope.payload() instanceof PageEnablementFailed failed) {
      pages.apply(envelope, failed);
    } else if (envelope.payload() instanceof PageMovedToSystemUser moved) {
      pages.apply(envelope, moved);
    } else {
      throw UnexpectedMessage.on(TopicNames.ENABLEMENT_PAGE_EVENTS, envelope);
    }
  }
}
