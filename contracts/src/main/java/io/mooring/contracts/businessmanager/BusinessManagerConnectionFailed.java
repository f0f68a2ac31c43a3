package io.mooring.contracts.businessmanager;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Message;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Connecting a Business Manager failed. {@code businessManagerId} is {@code null} when the failure
 * happened before a Business Manager was chosen; the login attempt id is then the key.
 */
public record BusinessManagerConnectionFailed(
    UUID connectionAttemptId,
    String businessManagerId,
    String businessManagerName,
    RequestedBy attemptedBy,
    ReasonCode reason,
    String nextStep,
    List<String> missingPermissions)
    implements Message {
  public BusinessManagerConnectionFailed {
    Objects.requireNonNull(connectionAttemptId, "connectionAttemptId");
    Objects.requireNonNull(attemptedBy, "attemptedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(nextStep, "nextStep");
    missingPermissions = missingPermissions == null ? List.of() : List.copyOf(missingPermissions);
  }

  @Override
  public String aggregateId() {
    return businessManagerId != null ? businessManagerId : connectionAttemptId.toString();
  }
}
