package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.EnablementJobProgressed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.platform.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Progress while a job runs and exactly one completion when its last page has an outcome. A sweep
 * also finishes what a stopped worker left: jobs half-recorded, jobs whose last increment was lost.
 */
@Service
public class JobCompletion {
  static final String PRODUCER = "page-subscription-worker";
  private static final Duration STALE_ACCEPTED = Duration.ofSeconds(30);

  private final Jobs jobs;
  private final JobPages pages;
  private final JobIntake intake;
  private final OutboxRelay outbox;
  private final Clock clock;

  JobCompletion(Jobs jobs, JobPages pages, JobIntake intake, OutboxRelay outbox, Clock clock) {
    this.jobs = jobs;
    this.pages = pages;
    this.intake = intake;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Called after a page got its outcome. */
  public void pageFinished(String jobId, boolean moved) {
    EnablementJob job = jobs.pageFinished(jobId, moved);
    if (job != null && job.finished() >= job.totalPages()) {
      completeIfDone(job);
    }
  }

  @Scheduled(fixedDelayString = "${mooring.enablement.progress-interval:2s}")
  void sweep() {
    Instant now = clock.instant();
    for (EnablementJob job : jobs.withStatus(JobStatus.RUNNING, 200)) {
      if (job.finished() >= job.totalPages()) {
        completeIfDone(job);
      } else if (job.finished() > job.lastPublishedFinished()) {
        jobs.progressed(job, progressEvent(job));
        outbox.wakeUp();
      }
    }
    for (EnablementJob job : jobs.withStatus(JobStatus.ACCEPTED, 50)) {
      if (job.createdAt().isBefore(now.minus(STALE_ACCEPTED))) {
        jobs.find(job.id()).ifPresent(intake::recordPages);
      }
    }
  }

  /** Completes the job if its pages say it is done; at most one caller ever succeeds. */
  public boolean completeIfDone(EnablementJob job) {
    JobOutcome outcome = pages.outcome(job.id());
    if (outcome.pending() > 0 || outcome.moved() + outcome.failed() < job.totalPages()) {
      return false;
    }
    Instant now = clock.instant();
    Envelope<EnablementJobCompleted> completed =
        Envelope.continuing(
            Messages.ENABLEMENT_JOB_COMPLETED,
            job.tenantId(),
            UUID.fromString(job.correlationId()),
            UUID.fromString(job.commandEventId()),
            PRODUCER,
            new EnablementJobCompleted(
                UUID.fromString(job.id()),
                job.requestedBy(),
                job.dryRun(),
                job.totalPages(),
                outcome.moved(),
                outcome.failed(),
                outcome.failuresByReason(),
                job.createdAt(),
                now),
            clock);
    boolean completedNow = jobs.complete(job.id(), outcome, now, completed);
    if (completedNow) {
      outbox.wakeUp();
    }
    return completedNow;
  }

  private Envelope<EnablementJobProgressed> progressEvent(EnablementJob job) {
    return Envelope.continuing(
        Messages.ENABLEMENT_JOB_PROGRESSED,
        job.tenantId(),
        UUID.fromString(job.correlationId()),
        UUID.fromString(job.commandEventId()),
        PRODUCER,
        new EnablementJobProgressed(
            UUID.fromString(job.id()),
            job.dryRun(),
            job.totalPages(),
            job.moved(),
            job.failed(),
            job.totalPages() - job.finished()),
        clock);
  }
}
