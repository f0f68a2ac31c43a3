package io.mooring.contracts.systemuser;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Message;
import java.util.Objects;

/**
 * Asks the provisioner to create (or find) the System User inside the client's Business Manager.
 * Carries the client admin's token sealed (OBO step 1 acts with it); never in plain text.
 */
public record SetupSystemUserRequested(
    String businessManagerId,
    String businessManagerName,
    RequestedBy requestedBy,
    SealedSecret adminToken)
    implements Message {
  public SetupSystemUserRequested {
    Objects.requireNonNull(businessManagerId, "businessManagerId");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(adminToken, "adminToken");
  }

  @Override
  public String aggregateId() {
    return businessManagerId;
  }
}
