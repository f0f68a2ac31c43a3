package io.mooring.contracts.enablement;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Message;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Exactly one per job. In a dry run, {@code moved} counts the pages that would be moved. {@code
 * failed + moved == totalPages}.
 */
public record EnablementJobCompleted(
    UUID jobId,
    RequestedBy requestedBy,
    boolean dryRun,
    int totalPages,
    int moved,
    int failed,
    List<FailuresByReason> failuresByReason,
    Instant startedAt,
    Instant completedAt)
    implements Message {
  public EnablementJobCompleted {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(requestedBy, "requestedBy");
    failuresByReason = List.copyOf(failuresByReason);
    if (moved + failed != totalPages) {
      throw new IllegalArgumentException("moved + failed must equal totalPages");
    }
  }

  @Override
  public String aggregateId() {
    return jobId.toString();
  }
}
