package io.mooring.bmconnector.connect;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Login attempts in MongoDB; each transition is one conditional single-document update. */
@Component
class LoginAttempts {
  private final MongoTemplate mongo;

  LoginAttempts(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo
        .indexOps(LoginAttempt.COLLECTION)
        .createIndex(new Index("state", Sort.Direction.ASC).unique());
  }

  void insert(LoginAttempt attempt) {
    mongo.insert(attempt);
  }

  /** Takes a PENDING attempt for its one callback; a replayed state finds nothing. */
  Optional<LoginAttempt> claim(String state) {
    return Optional.ofNullable(
        mongo.findAndModify(
            Query.query(Criteria.where("state").is(state).and("status").is(LoginStatus.PENDING)),
            new Update().set("status", LoginStatus.EXCHANGING),
            FindAndModifyOptions.options().returnNew(true),
            LoginAttempt.class));
  }

  Optional<LoginAttempt> awaitingChoice(String attemptId, String tenantId, String userId) {
    return Optional.ofNullable(
        mongo.findAndModify(
            Query.query(
                Criteria.where("_id")
                    .is(attemptId)
                    .and("tenantId")
                    .is(tenantId)
                    .and("requestedBy.userId")
                    .is(userId)
                    .and("status")
                    .is(LoginStatus.AWAITING_CHOICE)),
            new Update().set("status", LoginStatus.EXCHANGING),
            FindAndModifyOptions.options().returnNew(true),
            LoginAttempt.class));
  }

  void awaitChoice(LoginAttempt attempt, SealedSecret userToken, List<BusinessChoice> choices) {
    mongo.updateFirst(
        byId(attempt),
        new Update()
            .set("status", LoginStatus.AWAITING_CHOICE)
            .set("userToken", userToken)
            .set("choices", choices),
        LoginAttempt.class);
  }

  void complete(LoginAttempt attempt, String businessManagerId) {
    mongo.updateFirst(
        byId(attempt),
        new Update()
            .set("status", LoginStatus.COMPLETED)
            .set("connectedBusinessManagerId", businessManagerId)
            .unset("userToken"),
        LoginAttempt.class);
  }

  void fail(LoginAttempt attempt, ReasonCode reason, Envelope<?> failedEvent) {
    mongo.updateFirst(
        byId(attempt),
        new Update()
            .set("status", LoginStatus.FAILED)
            .set("failureReason", reason)
            .unset("userToken")
            .push(OutboxEntry.FIELD, OutboxEntry.of(failedEvent)),
        LoginAttempt.class);
  }

  /** Forgets finished and abandoned logins (TTL indexes are not available everywhere). */
  long deleteOlderThan(Instant cutoff) {
    return mongo
        .remove(
            Query.query(
                Criteria.where("createdAt").lt(cutoff).and(OutboxEntry.FIELD + ".0").exists(false)),
            LoginAttempt.class)
        .getDeletedCount();
  }

  private static Query byId(LoginAttempt attempt) {
    return Query.query(Criteria.where("_id").is(attempt.id()));
  }
}
