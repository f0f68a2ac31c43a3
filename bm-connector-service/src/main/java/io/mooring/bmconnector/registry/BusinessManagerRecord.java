package io.mooring.bmconnector.registry;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A connected Business Manager of one tenant: one document, holding the sealed admin token, the
 * System User's state and the events not yet published (the outbox).
 */
@Document(BusinessManagerRecord.COLLECTION)
public record BusinessManagerRecord(
    @Id String id,
    String tenantId,
    String businessManagerId,
    String name,
    RequestedBy connectedBy,
    Instant connectedAt,
    SealedSecret adminToken,
    Instant adminTokenExpiresAt,
    List<String> grantedScopes,
    SystemUserState systemUser,
    List<OutboxEntry> outbox) {

  public static final String COLLECTION = "business_managers";

  public static String idOf(String tenantId, String businessManagerId) {
    return tenantId + "/" + businessManagerId;
  }

  public ConnectionStatus connectionStatus(Instant now) {
    return adminTokenExpiresAt != null && !now.isBefore(adminTokenExpiresAt)
        ? ConnectionStatus.EXPIRED
        : ConnectionStatus.CONNECTED;
  }
}
