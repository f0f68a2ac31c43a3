package io.mooring.bmconnector.registry;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.platform.outbox.OutboxEntry;
import io.mooring.platform.projection.LastAppliedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The tenant's Business Managers in MongoDB. Every change is one atomic update of one document,
 * carrying the events it implies in the document's outbox.
 */
@Component
public class BusinessManagers {
  private static final String STATUS = "systemUser.status";
  private final MongoTemplate mongo;

  public BusinessManagers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<BusinessManagerRecord> find(String tenantId, String businessManagerId) {
    return Optional.ofNullable(
        mongo.findOne(byId(tenantId, businessManagerId), BusinessManagerRecord.class));
  }

  /** One page of the tenant's Business Managers, optionally only those with(out) a System User. */
  public ListPage list(
      String tenantId, Boolean systemUserEnabled, SystemUserStatus status, int page, int size) {
    Criteria criteria = Criteria.where("tenantId").is(tenantId);
    if (status != null) {
      criteria = criteria.and(STATUS).is(status.name());
    } else if (systemUserEnabled != null) {
      criteria =
          systemUserEnabled
              ? criteria.and(STATUS).is(SystemUserStatus.ENABLED.name())
              : criteria.and(STATUS).ne(SystemUserStatus.ENABLED.name());
    }
    long total = mongo.count(new Query(criteria), BusinessManagerRecord.class);
    Query query =
        new Query(criteria)
            .with(Sort.by("name", "businessManagerId"))
            .skip((long) page * size)
            .limit(size);
    return new ListPage(mongo.find(query, BusinessManagerRecord.class), total);
  }

  /** Inserts or updates (never duplicates) a connection, with its event. */
  public void recordConnection(
      String tenantId,
      String businessManagerId,
      String name,
      RequestedBy connectedBy,
      SealedSecret adminToken,
      Instant adminTokenExpiresAt,
      List<String> grantedScopes,
      Instant now,
      Envelope<?> connectedEvent) {
    Update update =
        new Update()
            .set("tenantId", tenantId)
            .set("businessManagerId", businessManagerId)
            .set("name", name)
            .set("connectedBy", connectedBy)
            .set("connectedAt", now)
            .set("adminToken", adminToken)
            .set("adminTokenExpiresAt", adminTokenExpiresAt)
            .set("grantedScopes", grantedScopes)
            .setOnInsert("systemUser", SystemUserState.notSetUp())
            .push(OutboxEntry.FIELD, OutboxEntry.of(connectedEvent));
    mongo.upsert(byId(tenantId, businessManagerId), update, BusinessManagerRecord.class);
  }

  /**
   * Moves the System User to PROVISIONING and queues the setup command, unless a setup is already
   * running or done. Returns the updated record only if this call started the setup.
   */
  public Optional<BusinessManagerRecord> startSetup(
      BusinessManagerRecord current,
      Instant now,
      Function<BusinessManagerRecord, Envelope<?>> setupCommand) {
    Query startable =
        byId(current.tenantId(), current.businessManagerId())
            .addCriteria(
                Criteria.where(STATUS)
                    .in(SystemUserStatus.NOT_SET_UP.name(), SystemUserStatus.FAILED.name()));
    Update update =
        new Update()
            .set(STATUS, SystemUserStatus.PROVISIONING.name())
            .set("systemUser.requestedAt", now)
            .set("systemUser.updatedAt", now)
            .unset("systemUser.reason")
            .unset("systemUser.nextStep")
            .push(OutboxEntry.FIELD, OutboxEntry.of(setupCommand.apply(current)));
    return Optional.ofNullable(
        mongo.findAndModify(
            startable,
            update,
            FindAndModifyOptions.options().returnNew(true),
            BusinessManagerRecord.class));
  }

  /**
   * Applies a provisioner event once: a redelivery of the same event, or an older event replayed
   * after a newer one, changes nothing.
   */
  public boolean applySystemUserEvent(
      String tenantId, String businessManagerId, String eventId, SystemUserState newState) {
    Query notYetApplied =
        byId(tenantId, businessManagerId)
            .addCriteria(
                LastAppliedEvent.notYetApplied(
                    "systemUser.lastAppliedEventId",
                    "systemUser.lastAppliedEventAt",
                    eventId,
                    newState.lastAppliedEventAt()));
    return mongo
            .updateFirst(
                notYetApplied,
                new Update().set("systemUser", newState),
                BusinessManagerRecord.class)
            .getModifiedCount()
        == 1;
  }

  private static Query byId(String tenantId, String businessManagerId) {
    return new Query(
        Criteria.where("_id").is(BusinessManagerRecord.idOf(tenantId, businessManagerId)));
  }

  /** A page of records and how many match in all. */
  public record ListPage(List<BusinessManagerRecord> items, long total) {}
}
