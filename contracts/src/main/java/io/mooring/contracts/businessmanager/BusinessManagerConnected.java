package io.mooring.contracts.businessmanager;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Message;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Business Manager was connected (or reconnected) to Mooring. {@code adminTokenExpiresAt} is
 * {@code null} when the admin's token does not expire. The admin's token travels only sealed, bound
 * to the tenant and Business Manager, for the services that act with it (event-carried state).
 */
public record BusinessManagerConnected(
    String businessManagerId,
    String businessManagerName,
    RequestedBy connectedBy,
    List<String> grantedScopes,
    Instant adminTokenExpiresAt,
    SealedSecret adminToken,
    boolean reconnected)
    implements Message {
  public BusinessManagerConnected {
    Objects.requireNonNull(businessManagerId, "businessManagerId");
    Objects.requireNonNull(connectedBy, "connectedBy");
    grantedScopes = List.copyOf(grantedScopes);
  }

  @Override
  public String aggregateId() {
    return businessManagerId;
  }
}
