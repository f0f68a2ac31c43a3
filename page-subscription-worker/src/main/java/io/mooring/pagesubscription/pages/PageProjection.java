package io.mooring.pagesubscription.pages;

import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.TopicNames;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects the worker's own page events into the pages list. */
@Component
class PageProjection {
  private final PageRecords records;

  PageProjection(PageRecords records) {
    this.records = records;
  }

  @KafkaListener(topics = TopicNames.ENABLEMENT_PAGE_EVENTS)
  void on(Envelope<?> envelope) {
    String eventId = envelope.eventId().toString();
    Update update;
    String pageId;
    if (envelope.payload() instanceof PageMovedToSystemUser moved) {
      pageId = moved.pageId();
      update =
          new Update()
              .set("pageName", moved.pageName())
              .set("businessManagerId", moved.businessManagerId())
              .set("businessManagerName", moved.businessManagerName())
              .set("movedToSystemUser", true)
              .set("movedAt", envelope.occurredAt())
              .set("systemUserId", moved.systemUserId())
              .set("tasks", moved.tasks())
              .set("subscribedFields", moved.subscribedFields())
              .set("pageAccessToken", moved.pageAccessToken())
              .set("lastJobId", moved.jobId().toString())
              .set("lastOutcome", "MOVED")
              .unset("lastFailureReason")
              .unset("lastFailureNextStep");
    } else if (envelope.payload() instanceof PageEnablementFailed failed) {
      pageId = failed.pageId();
      update =
          new Update()
              .set("pageName", failed.pageName())
              .set("businessManagerId", failed.businessManagerId())
              .set("businessManagerName", failed.businessManagerName())
              .setOnInsert("movedToSystemUser", false)
              .set("lastJobId", failed.jobId().toString())
              .set("lastOutcome", "FAILED")
              .set("lastFailureReason", failed.reason())
              .set("lastFailureNextStep", failed.nextStep());
    } else {
      return;
    }
    records.apply(envelope.tenantId(), pageId, eventId, envelope.occurredAt(), update);
  }
}
