package io.mooring.notification.email;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.mooring.notification.notices.Notice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The email outbox: one document per email, each change a single-document atomic update (the store
 * has no transactions and needs none here).
 */
@Repository
public class EmailOutbox implements InitializingBean {
  static final String COLLECTION = "email_outbox";

  private final MongoTemplate mongo;
  private final Clock clock;

  public EmailOutbox(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(OutboxEmail.class);
    indexes.createIndex(new Index().on("dedupeKey", Sort.Direction.ASC).unique());
    indexes.createIndex(
        new Index().on("state", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
  }

  /** Queues the notice's email unless it was queued before; true if queued now. */
  public boolean enqueueOnce(Notice notice) {
    Instant now = clock.instant();
    var email = notice.email();
    try {
      mongo.insert(
          new OutboxEmail(
              new ObjectId().toHexString(),
              notice.dedupeKey(),
              notice.occurrence().tenantId(),
              notice.recipient().email(),
              email.subject(),
              email.text(),
              email.html(),
              EmailState.PENDING,
              0,
              now,
              now,
              null,
              null,
              null));
      return true;
    } catch (DuplicateKeyException alreadyQueued) {
      return false;
    }
  }

  /**
   * Claims the most overdue pending email: its next attempt moves {@code lease} ahead, so no other
   * sender takes it meanwhile, and if this one dies the email comes due again.
   */
  public Optional<OutboxEmail> claimNextDue(Duration lease) {
    Instant now = clock.instant();
    Query due =
        query(where("state").is(EmailState.PENDING).and("nextAttemptAt").lte(now))
            .with(Sort.by("nextAttemptAt"));
    Update claim =
        new Update()
            .set("nextAttemptAt", now.plus(lease))
            .set("lastAttemptAt", now)
            .inc("attempts", 1);
    return Optional.ofNullable(
        mongo.findAndModify(
            due, claim, FindAndModifyOptions.options().returnNew(true), OutboxEmail.class));
  }

  public void markSent(String id) {
    mongo.updateFirst(
        query(where("_id").is(id).and("state").is(EmailState.PENDING)),
        new Update()
            .set("state", EmailState.SENT)
            .set("sentAt", clock.instant())
            .unset("lastError"),
        OutboxEmail.class);
  }

  /** Schedules the next attempt, unless another sender claimed the email since. */
  public void retryLater(OutboxEmail claimed, Duration backoff, String error) {
    mongo.updateFirst(
        claimedAsIs(claimed),
        new Update().set("nextAttemptAt", clock.instant().plus(backoff)).set("lastError", error),
        OutboxEmail.class);
  }

  public void markFailedPermanently(OutboxEmail claimed, String error) {
    mongo.updateFirst(
        claimedAsIs(claimed),
        new Update().set("state", EmailState.FAILED_PERMANENTLY).set("lastError", error),
        OutboxEmail.class);
  }

  public long pendingCount() {
    return mongo.count(query(where("state").is(EmailState.PENDING)), OutboxEmail.class);
  }

  public Optional<OutboxEmail> byDedupeKey(String dedupeKey) {
    return Optional.ofNullable(
        mongo.findOne(query(where("dedupeKey").is(dedupeKey)), OutboxEmail.class));
  }

  /** Forgets sent and given-up emails older than {@code cutoff}; pending ones are never lost. */
  public long deleteFinishedBefore(Instant cutoff) {
    return mongo
        .remove(
            query(
                where("state")
                    .in(EmailState.SENT, EmailState.FAILED_PERMANENTLY)
                    .and("createdAt")
                    .lt(cutoff)),
            OutboxEmail.class)
        .getDeletedCount();
  }

  private static Query claimedAsIs(OutboxEmail claimed) {
    return query(
        where("_id")
            .is(claimed.id())
            .and("state")
            .is(EmailState.PENDING)
            .and("attempts")
            .is(claimed.attempts()));
  }
}
