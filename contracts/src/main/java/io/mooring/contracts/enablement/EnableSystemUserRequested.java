package io.mooring.contracts.enablement;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Message;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Asks to move pages onto their Business Manager's System User. Page ids are validated here, so a
 * malformed command fails to deserialize and lands on the dead-letter topic with the reason.
 * Duplicate page ids are allowed and removed by the worker.
 */
public record EnableSystemUserRequested(
    UUID jobId, RequestedBy requestedBy, List<String> pageIds, boolean dryRun) implements Message {
  public EnableSystemUserRequested {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(requestedBy, "requestedBy");
    PageIds.requireValidJob(pageIds);
    pageIds = List.copyOf(pageIds);
  }

  @Override
  public String aggregateId() {
    return jobId.toString();
  }
}
