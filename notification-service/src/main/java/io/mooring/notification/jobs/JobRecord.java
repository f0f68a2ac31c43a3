package io.mooring.notification.jobs;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.envelope.Envelope;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A completed enablement job as its completion event told it; the first completion wins. */
@Document(JobStore.COLLECTION)
public record JobRecord(
    @Id String jobId,
    String tenantId,
    Requester requestedBy,
    boolean dryRun,
    int totalPages,
    int moved,
    int failed,
    List<ReasonCount> failuresByReason,
    Instant startedAt,
    Instant completedAt,
    String completionEventId) {

  /** Who asked for the job. */
  public record Requester(String userId, String email, String displayName) {}

  static JobRecord of(Envelope<?> envelope, EnablementJobCompleted job) {
    var by = job.requestedBy();
    return new JobRecord(
        job.jobId().toString(),
        envelope.tenantId(),
        new Requester(by.userId(), by.email(), by.displayName()),
        job.dryRun(),
        job.totalPages(),
        job.moved(),
        job.failed(),
        job.failuresByReason().stream().map(ReasonCount::of).toList(),
        job.startedAt(),
        job.completedAt() != null ? job.completedAt() : envelope.occurredAt(),
        envelope.eventId().toString());
  }
}
