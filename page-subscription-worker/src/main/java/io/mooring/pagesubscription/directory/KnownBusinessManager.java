package io.mooring.pagesubscription.directory;

import io.mooring.contracts.common.SealedSecret;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the worker knows of a tenant's Business Manager, from the connector's and provisioner's
 * events (event-carried state): its admin's sealed token and its System User's.
 */
@Document(KnownBusinessManager.COLLECTION)
public record KnownBusinessManager(
    @Id String id,
    String tenantId,
    String businessManagerId,
    String name,
    SealedSecret adminToken,
    Instant adminTokenExpiresAt,
    boolean systemUserEnabled,
    String systemUserId,
    SealedSecret systemUserToken,
    BusinessManagerDirectory.Guard lastConnection,
    BusinessManagerDirectory.Guard lastSystemUser) {

  public static final String COLLECTION = "known_business_managers";

  public static String idOf(String tenantId, String businessManagerId) {
    return tenantId + "/" + businessManagerId;
  }

  public boolean connectionExpired(Instant now) {
    return adminToken == null
        || (adminTokenExpiresAt != null && !now.isBefore(adminTokenExpiresAt));
  }
}
