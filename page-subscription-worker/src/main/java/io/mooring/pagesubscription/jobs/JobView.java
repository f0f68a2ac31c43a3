package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.enablement.FailuresByReason;
import java.time.Instant;
import java.util.List;

/** A job as its requester follows it. */
public record JobView(
    String jobId,
    JobStatus status,
    boolean dryRun,
    int totalPages,
    int moved,
    int failed,
    int pending,
    List<FailuresByReason> failuresByReason,
    Instant createdAt,
    Instant completedAt) {

  static JobView of(EnablementJob job) {
    return new JobView(
        job.id(),
        job.status(),
        job.dryRun(),
        job.totalPages(),
        job.moved(),
        job.failed(),
        job.totalPages() - job.finished(),
        job.failuresByReason(),
        job.createdAt(),
        job.completedAt());
  }
}
