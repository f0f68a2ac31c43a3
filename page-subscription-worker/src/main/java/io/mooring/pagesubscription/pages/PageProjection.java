package io.mooring.pagesubscription.pages;

import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.topics.TopicNames;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects page events into the pages list; a redelivered event is recognised by its id. */
@Component
class PageProjection {
  private final MongoTemplate mongo;

  PageProjection(MongoTemplate mongo) {
    this.mongo = mongo;
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
    apply(envelope.tenantId(), pageId, eventId, envelope.occurredAt(), update);
  }

  private void apply(String tenantId, String pageId, String eventId, Instant at, Update update) {
    Query notYetApplied =
        Query.query(
            Criteria.where("_id")
                .is(PageRecord.idOf(tenantId, pageId))
                .and("lastEventId")
                .ne(eventId));
    try {
      mongo.upsert(
          notYetApplied,
          update.set("tenantId", tenantId).set("pageId", pageId).set("lastEventId", eventId),
          PageRecord.class);
    } catch (DuplicateKeyException alreadyApplied) {
      // This event was applied before.
    }
  }
}
