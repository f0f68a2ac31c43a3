package io.mooring.bmconnector.connect;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A login an admin started. The random {@code state} binds Meta's callback to this tenant and
 * person (CSRF); the person's token is kept, sealed, only while they choose a business.
 */
@Document(LoginAttempt.COLLECTION)
record LoginAttempt(
    @Id String id,
    String state,
    String tenantId,
    RequestedBy requestedBy,
    String requestedBusinessManagerId,
    Instant createdAt,
    Instant expiresAt,
    LoginStatus status,
    SealedSecret userToken,
    List<BusinessChoice> choices,
    String connectedBusinessManagerId,
    ReasonCode failureReason,
    List<OutboxEntry> outbox) {

  static final String COLLECTION = "login_attempts";
}
