package io.mooring.notification.accounts;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.notification.notices.Recipient;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Who connected each Business Manager of a tenant, from {@code BusinessManagerConnected}: one
 * document per tenant, Business Manager and person, updated only by a newer connection.
 */
@Repository
public class BusinessManagerAdmins implements InitializingBean {
  static final String COLLECTION = "business_manager_admins";

  private final MongoTemplate mongo;

  public BusinessManagerAdmins(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    mongo
        .indexOps(BusinessManagerAdmin.class)
        .createIndex(
            new Index()
                .on("tenantId", Sort.Direction.ASC)
                .on("businessManagerId", Sort.Direction.ASC));
  }

  /** Returns false when an as-new or newer connection of that person was recorded already. */
  public boolean recordConnection(Envelope<?> envelope, BusinessManagerConnected connected) {
    var by = connected.connectedBy();
    String id =
        BusinessManagerAdmin.idOf(envelope.tenantId(), connected.businessManagerId(), by.userId());
    Query olderOrAbsent = query(where("_id").is(id).and("connectedAt").lt(envelope.occurredAt()));
    Update update =
        new Update()
            .set("tenantId", envelope.tenantId())
            .set("businessManagerId", connected.businessManagerId())
            .set("businessManagerName", connected.businessManagerName())
            .set("userId", by.userId())
            .set("email", by.email())
            .set("displayName", by.displayName())
            .set("connectedAt", envelope.occurredAt());
    try {
      mongo.upsert(olderOrAbsent, update, BusinessManagerAdmin.class);
      return true;
    } catch (DuplicateKeyException notNewer) {
      return false;
    }
  }

  public List<Recipient> of(String tenantId, String businessManagerId) {
    if (businessManagerId == null) {
      return List.of();
    }
    return mongo
        .find(
            query(where("tenantId").is(tenantId).and("businessManagerId").is(businessManagerId))
                .with(Sort.by("connectedAt")),
            BusinessManagerAdmin.class)
        .stream()
        .map(admin -> new Recipient(admin.userId(), admin.email(), admin.displayName()))
        .toList();
  }
}
