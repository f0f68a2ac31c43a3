package io.mooring.pagesubscription.pages;

import io.mooring.platform.projection.LastAppliedEvent;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The pages list's documents. Each is changed by one conditional upsert guarded by the last event
 * applied to it (id and time): a redelivered event, or an older one published after a newer one
 * (two jobs' outboxes drain in no particular order), changes nothing.
 */
@Component
class PageRecords {
  private final MongoTemplate mongo;

  PageRecords(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Returns whether the event changed the page. */
  boolean apply(String tenantId, String pageId, String eventId, Instant at, Update update) {
    Query notApplied =
        Query.query(Criteria.where("_id").is(PageRecord.idOf(tenantId, pageId)))
            .addCriteria(LastAppliedEvent.notYetApplied("lastEventId", "lastEventAt", eventId, at));
    try {
      // No match and the page exists: the upsert's insert collides with it.
      mongo.upsert(
          notApplied,
          update
              .set("tenantId", tenantId)
              .set("pageId", pageId)
              .set("lastEventId", eventId)
              .set("lastEventAt", at),
          PageRecord.class);
      return true;
    } catch (DuplicateKeyException appliedOrOlder) {
      // The page exists and this event is the last one applied, or older than it.
      return false;
    }
  }
}
