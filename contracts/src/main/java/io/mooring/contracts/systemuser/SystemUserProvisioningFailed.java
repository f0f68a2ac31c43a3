package io.mooring.contracts.systemuser;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Message;
import java.util.List;
import java.util.Objects;

/** Setting up the System User failed, with why and what to do next. */
public record SystemUserProvisioningFailed(
    String businessManagerId,
    String businessManagerName,
    RequestedBy requestedBy,
    ReasonCode reason,
    String nextStep,
    List<String> missingPermissions,
    int attempts)
    implements Message {
  public SystemUserProvisioningFailed {
    Objects.requireNonNull(businessManagerId, "businessManagerId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(nextStep, "nextStep");
    missingPermissions = missingPermissions == null ? List.of() : List.copyOf(missingPermissions);
  }

  @Override
  public String aggregateId() {
    return businessManagerId;
  }
}
