package io.mooring.contracts.systemuser;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Message;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The System User exists in the client's Business Manager with a working token. {@code
 * tokenExpiresAt} is {@code null} for a non-expiring token. The token travels only sealed; a
 * refreshed token is announced by publishing this event again.
 */
public record SystemUserProvisioned(
    String businessManagerId,
    String businessManagerName,
    String systemUserId,
    String systemUserName,
    String role,
    List<String> scopes,
    Instant tokenExpiresAt,
    SealedSecret systemUserToken,
    RequestedBy requestedBy)
    implements Message {
  public SystemUserProvisioned {
    Objects.requireNonNull(businessManagerId, "businessManagerId");
    Objects.requireNonNull(systemUserId, "systemUserId");
    Objects.requireNonNull(role, "role");
    scopes = List.copyOf(scopes);
  }

  @Override
  public String aggregateId() {
    return businessManagerId;
  }
}
