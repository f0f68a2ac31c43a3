package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.PageIds;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Accepts a job from REST or Kafka: validates and deduplicates the page ids, records the job once
 * (a redelivered command finds it and does nothing), then one queue entry per page.
 */
@Service
public class JobIntake {
  private final Jobs jobs;
  private final Clock clock;

  JobIntake(Jobs jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  /** Returns the job, new or as first recorded. Throws on invalid input before writing. */
  public EnablementJob accept(
      UUID jobId,
      String tenantId,
      RequestedBy requestedBy,
      List<String> pageIds,
      boolean dryRun,
      UUID commandEventId,
      UUID correlationId) {
    PageIds.requireValidJob(pageIds);
    List<String> unique = List.copyOf(new LinkedHashSet<>(pageIds));
    Instant now = clock.instant();
    EnablementJob job =
        new EnablementJob(
            jobId.toString(),
            tenantId,
            requestedBy,
            dryRun,
            unique,
            unique.size(),
            JobStatus.ACCEPTED,
            0,
            0,
            0,
            0,
            List.of(),
            now,
            null,
            commandEventId.toString(),
            correlationId.toString(),
            List.of());
    if (!jobs.create(job)) {
      return jobs.find(jobId.toString()).orElseThrow();
    }
    recordPages(job);
    return jobs.find(jobId.toString()).orElseThrow();
  }

  /** Also used to finish recording a job whose worker stopped half-way. */
  void recordPages(EnablementJob job) {
    Instant now = clock.instant();
    List<JobPage> pages =
        job.pageIds().stream()
            .map(
                pageId ->
                    new JobPage(
                        JobPage.idOf(job.id(), pageId),
                        job.id(),
                        job.tenantId(),
                        pageId,
                        job.dryRun(),
                        PageStatus.PENDING,
                        0,
                        null,
                        now,
                        Instant.EPOCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()))
            .toList();
    jobs.recordPages(job, pages);
  }
}
