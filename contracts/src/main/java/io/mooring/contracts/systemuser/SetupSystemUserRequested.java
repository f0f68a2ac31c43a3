package io.mooring.contracts.systemuser;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Message;
import java.util.Objects;

/**
 * Asks the provisioner to create (or find) the System User inside the client's Business Manager.
 * The admin's token is not here: the provisioner fetches it, sealed, from the connector.
 */
public record SetupSystemUserRequested(
    String businessManagerId, String businessManagerName, RequestedBy requestedBy)
    implements Message {
  public SetupSystemUserRequested {
    Objects.requireNonNull(businessManagerId, "businessManagerId");
    Objects.requireNonNull(requestedBy, "requestedBy");
  }

  @Override
  public String aggregateId() {
    return businessManagerId;
  }
}
