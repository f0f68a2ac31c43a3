package io.mooring.contracts.enablement;

import io.mooring.contracts.envelope.Message;
import java.util.Objects;
import java.util.UUID;

/** How far a job has come; sent while it runs, at most every few seconds. */
public record EnablementJobProgressed(
    UUID jobId, boolean dryRun, int totalPages, int moved, int failed, int pending)
    implements Message {
  public EnablementJobProgressed {
    Objects.requireNonNull(jobId, "jobId");
  }

  @Override
  public String aggregateId() {
    return jobId.toString();
  }
}
