package io.mooring.pagesubscription.directory;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.platform.projection.LastAppliedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The tenants' Business Managers as the worker sees them; each event applied once. */
@Component
public class BusinessManagerDirectory {
  private final MongoTemplate mongo;

  public BusinessManagerDirectory(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<KnownBusinessManager> find(String tenantId, String businessManagerId) {
    return Optional.ofNullable(
        mongo.findById(
            KnownBusinessManager.idOf(tenantId, businessManagerId), KnownBusinessManager.class));
  }

  /** The tenant's connected Business Managers, whose admins may be able to see a page. */
  public List<KnownBusinessManager> connected(String tenantId) {
    return mongo.find(
        Query.query(Criteria.where("tenantId").is(tenantId).and("adminToken").ne(null)),
        KnownBusinessManager.class);
  }

  void connected(String tenantId, Guard guard, BusinessManagerConnected event) {
    mongo.upsert(
        notYetApplied(tenantId, event.businessManagerId(), "lastConnection", guard),
        new Update()
            .set("tenantId", tenantId)
            .set("businessManagerId", event.businessManagerId())
            .set("name", event.businessManagerName())
            .set("adminToken", event.adminToken())
            .set("adminTokenExpiresAt", event.adminTokenExpiresAt())
            .set("lastConnection", guard)
            .setOnInsert("systemUserEnabled", false),
        KnownBusinessManager.class);
  }

  void provisioned(String tenantId, Guard guard, SystemUserProvisioned event) {
    mongo.upsert(
        notYetApplied(tenantId, event.businessManagerId(), "lastSystemUser", guard),
        new Update()
            .set("tenantId", tenantId)
            .set("businessManagerId", event.businessManagerId())
            .set("systemUserEnabled", true)
            .set("systemUserId", event.systemUserId())
            .set("systemUserToken", event.systemUserToken())
            .set("lastSystemUser", guard)
            .setOnInsert("name", event.businessManagerName()),
        KnownBusinessManager.class);
  }

  void provisioningFailed(String tenantId, Guard guard, SystemUserProvisioningFailed event) {
    mongo.updateFirst(
        notYetApplied(tenantId, event.businessManagerId(), "lastSystemUser", guard),
        new Update()
            .set("systemUserEnabled", false)
            .unset("systemUserToken")
            .set("lastSystemUser", guard),
        KnownBusinessManager.class);
  }

  /**
   * The last event applied to one side of a Business Manager: a duplicate (same id) or an older
   * event (replayed out of order) finds no document to change.
   */
  record Guard(String eventId, Instant occurredAt) {}

  private static Query notYetApplied(
      String tenantId, String businessManagerId, String guardField, Guard guard) {
    return Query.query(
            Criteria.where("_id").is(KnownBusinessManager.idOf(tenantId, businessManagerId)))
        .addCriteria(
            LastAppliedEvent.notYetApplied(
                guardField + ".eventId",
                guardField + ".occurredAt",
                guard.eventId(),
                guard.occurredAt()));
  }
}
