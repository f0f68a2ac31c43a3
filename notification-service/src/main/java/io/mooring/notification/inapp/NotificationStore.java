package io.mooring.notification.inapp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.mooring.notification.notices.Notice;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** In-app notifications, always read and written within one tenant and one person. */
@Repository
public class NotificationStore implements InitializingBean {
  static final String COLLECTION = "notifications";
  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

  private final MongoTemplate mongo;
  private final Clock clock;

  public NotificationStore(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Indexes exist before any listener runs: the unique one is what makes delivery idempotent. */
  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(Notification.class);
    indexes.createIndex(new Index().on("dedupeKey", Sort.Direction.ASC).unique());
    indexes.createIndex(
        new Index()
            .on("tenantId", Sort.Direction.ASC)
            .on("userId", Sort.Direction.ASC)
            .on("createdAt", Sort.Direction.DESC));
  }

  /** Stores the notice's notification unless one with its dedupe key exists. */
  public Optional<Notification> createOnce(Notice notice) {
    // ObjectIds grow within a process, so they order notifications created in the same instant.
    Notification notification =
        new Notification(
            new ObjectId().toHexString(),
            notice.dedupeKey(),
            notice.occurrence().tenantId(),
            notice.recipient().userId(),
            notice.kind(),
            notice.severity(),
            notice.title(),
            notice.text(),
            notice.actionPath(),
            notice.occurrence().sourceEventId() == null
                ? null
                : notice.occurrence().sourceEventId().toString(),
            notice.occurrence().occurredAt(),
            clock.instant(),
            null);
    try {
      return Optional.of(mongo.insert(notification));
    } catch (DuplicateKeyException alreadyThere) {
      return Optional.empty();
    }
  }

  public List<Notification> newestFirst(String tenantId, String userId, int page, int size) {
    Query query = query(owner(tenantId, userId)).with(NEWEST_FIRST).skip((long) page * size);
    return mongo.find(query.limit(size), Notification.class);
  }

  public long count(String tenantId, String userId) {
    return mongo.count(query(owner(tenantId, userId)), Notification.class);
  }

  public long unreadCount(String tenantId, String userId) {
    return mongo.count(query(owner(tenantId, userId).and("readAt").is(null)), Notification.class);
  }

  /** The person's notifications created after the one with {@code id}, oldest first. */
  public List<Notification> createdAfter(String tenantId, String userId, String id) {
    Notification last =
        mongo.findOne(query(owner(tenantId, userId).and("_id").is(id)), Notification.class);
    if (last == null) {
      return List.of();
    }
    Query query =
        query(
                owner(tenantId, userId)
                    .orOperator(
                        where("createdAt").gt(last.createdAt()),
                        where("createdAt").is(last.createdAt()).and("_id").gt(last.id())))
            .with(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("_id")))
            .limit(100);
    return mongo.find(query, Notification.class);
  }

  /** Marks one notification read; false if the person has no notification with that id. */
  public boolean markRead(String tenantId, String userId, String id) {
    Criteria mine = owner(tenantId, userId).and("_id").is(id);
    var result =
        mongo.updateFirst(
            query(mine).addCriteria(where("readAt").is(null)),
            new Update().set("readAt", clock.instant()),
            Notification.class);
    return result.getMatchedCount() > 0 || mongo.exists(query(mine), Notification.class);
  }

  public long markAllRead(String tenantId, String userId) {
    return mongo
        .updateMulti(
            query(owner(tenantId, userId).and("readAt").is(null)),
            new Update().set("readAt", clock.instant()),
            Notification.class)
        .getModifiedCount();
  }

  public long deleteCreatedBefore(Instant cutoff) {
    return mongo.remove(query(where("createdAt").lt(cutoff)), Notification.class).getDeletedCount();
  }

  private static Criteria owner(String tenantId, String userId) {
    return where("tenantId").is(tenantId).and("userId").is(userId);
  }
}
