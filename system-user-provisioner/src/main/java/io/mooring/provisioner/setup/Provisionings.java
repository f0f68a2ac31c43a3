package io.mooring.provisioner.setup;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SetupSystemUserRequested;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Setups in MongoDB. A lease makes sure one worker at a time advances a setup. */
@Component
public class Provisionings {
  private static final Instant NO_LEASE = Instant.EPOCH;
  private final MongoTemplate mongo;

  public Provisionings(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Provisioning> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Provisioning.class));
  }

  /**
   * Records a setup command. Returns false for a duplicate (same event, or a setup already
   * running). A finished setup starts again; one that has a token goes straight to verification, so
   * a second command never creates a second System User.
   */
  public boolean accept(Envelope<SetupSystemUserRequested> command, Instant now) {
    SetupSystemUserRequested setup = command.payload();
    String id = Provisioning.idOf(command.tenantId(), setup.businessManagerId());
    Optional<Provisioning> existing = find(id);
    if (existing.isPresent()
        && (command.eventId().toString().equals(existing.get().lastCommandEventId())
            || existing.get().status() == ProvisioningStatus.IN_PROGRESS)) {
      return false;
    }
    ProvisioningStep firstStep =
        existing.map(Provisioning::systemUserToken).isPresent()
            ? ProvisioningStep.VERIFY_TOKEN
            : ProvisioningStep.LINK_BUSINESS;
    Update start =
        new Update()
            .set("tenantId", command.tenantId())
            .set("businessManagerId", setup.businessManagerId())
            .set("businessManagerName", setup.businessManagerName())
            .set("requestedBy", setup.requestedBy())
            .set("adminToken", setup.adminToken())
            .set("status", ProvisioningStatus.IN_PROGRESS)
            .set("step", firstStep)
            .set("attempts", 0)
            .set("nextAttemptAt", now)
            .set("leaseUntil", NO_LEASE)
            .set("lastCommandEventId", command.eventId().toString())
            .set("correlationId", command.correlationId().toString())
            .unset("failureReason")
            .unset("failureDetail");
    Query notRunning =
        Query.query(
            Criteria.where("_id").is(id).and("status").ne(ProvisioningStatus.IN_PROGRESS.name()));
    try {
      mongo.upsert(notRunning, start, Provisioning.class);
      return true;
    } catch (DuplicateKeyException runningElsewhere) {
      return false;
    }
  }

  /** Takes the setup for one worker if it is due and nobody holds it. */
  public Optional<Provisioning> lease(String id, Instant now, Instant until) {
    return Optional.ofNullable(
        mongo.findAndModify(
            Query.query(dueCriteria(now).and("_id").is(id)),
            new Update().set("leaseUntil", until),
            FindAndModifyOptions.options().returnNew(true),
            Provisioning.class));
  }

  /** Setups waiting for their next attempt, or left behind by a worker that stopped. */
  public List<String> due(Instant now, int limit) {
    Query query = Query.query(dueCriteria(now)).limit(limit);
    query.fields().include("_id");
    return mongo.find(query, Document.class, Provisioning.COLLECTION).stream()
        .map(document -> document.getString("_id"))
        .toList();
  }

  public Provisioning advance(Provisioning current, ProvisioningStep next, Update changes) {
    return mongo.findAndModify(
        Query.query(Criteria.where("_id").is(current.id())),
        changes.set("step", next),
        FindAndModifyOptions.options().returnNew(true),
        Provisioning.class);
  }

  public void complete(Provisioning current, Envelope<?> provisioned) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(current.id())),
        new Update()
            .set("status", ProvisioningStatus.PROVISIONED)
            .set("step", ProvisioningStep.DONE)
            .set("leaseUntil", NO_LEASE)
            .push(OutboxEntry.FIELD, OutboxEntry.of(provisioned)),
        Provisioning.class);
  }

  public void fail(Provisioning current, ReasonCode reason, String detail, Envelope<?> failed) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(current.id())),
        new Update()
            .set("status", ProvisioningStatus.FAILED)
            .set("failureReason", reason)
            .set("failureDetail", detail)
            .set("leaseUntil", NO_LEASE)
            .push(OutboxEntry.FIELD, OutboxEntry.of(failed)),
        Provisioning.class);
  }

  public void retryLater(
      Provisioning current, int attempts, Instant nextAttemptAt, ProvisioningStep step) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(current.id())),
        new Update()
            .set("attempts", attempts)
            .set("nextAttemptAt", nextAttemptAt)
            .set("step", step)
            .set("leaseUntil", NO_LEASE),
        Provisioning.class);
  }

  /** Provisioned setups whose token expires before {@code horizon}. */
  public List<Provisioning> expiringBefore(Instant horizon, int limit) {
    return mongo.find(
        Query.query(
                Criteria.where("status")
                    .is(ProvisioningStatus.PROVISIONED.name())
                    .and("tokenExpiresAt")
                    .lt(horizon))
            .limit(limit),
        Provisioning.class);
  }

  public void replaceToken(Provisioning current, Update tokenChanges, Envelope<?> provisioned) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(current.id())),
        tokenChanges.push(OutboxEntry.FIELD, OutboxEntry.of(provisioned)),
        Provisioning.class);
  }

  private static Criteria dueCriteria(Instant now) {
    return Criteria.where("status")
        .is(ProvisioningStatus.IN_PROGRESS.name())
        .and("nextAttemptAt")
        .lte(now)
        .and("leaseUntil")
        .lte(now);
  }
}
