package io.mooring.provisioner.setup;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One Business Manager's System User setup: where it stands, the sealed tokens, when to try again,
 * and the events not yet published. One document, changed by single atomic updates.
 */
@Document(Provisioning.COLLECTION)
public record Provisioning(
    @Id String id,
    String tenantId,
    String businessManagerId,
    String businessManagerName,
    RequestedBy requestedBy,
    SealedSecret adminToken,
    ProvisioningStatus status,
    ProvisioningStep step,
    SealedSecret systemUserToken,
    String systemUserId,
    String systemUserName,
    List<String> scopes,
    Instant tokenExpiresAt,
    int attempts,
    Instant nextAttemptAt,
    Instant leaseUntil,
    String lastCommandEventId,
    String correlationId,
    ReasonCode failureReason,
    String failureDetail,
    List<OutboxEntry> outbox) {

  public static final String COLLECTION = "provisionings";

  public static String idOf(String tenantId, String businessManagerId) {
    return tenantId + "/" + businessManagerId;
  }
}
