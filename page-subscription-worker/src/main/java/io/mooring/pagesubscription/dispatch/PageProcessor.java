package io.mooring.pagesubscription.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.graph.error.GraphApiException;
import io.mooring.pagesubscription.eligibility.Eligibility;
import io.mooring.pagesubscription.eligibility.EligibilityCheck;
import io.mooring.pagesubscription.enablement.MoveFailedException;
import io.mooring.pagesubscription.enablement.MoveStep;
import io.mooring.pagesubscription.enablement.MovedPage;
import io.mooring.pagesubscription.enablement.PageMover;
import io.mooring.pagesubscription.jobs.EnablementJob;
import io.mooring.pagesubscription.jobs.JobCompletion;
import io.mooring.pagesubscription.jobs.JobPage;
import io.mooring.pagesubscription.jobs.JobPages;
import io.mooring.pagesubscription.jobs.Jobs;
import io.mooring.pagesubscription.jobs.PageStatus;
import io.mooring.pagesubscription.retry.PageDecision;
import io.mooring.pagesubscription.retry.RetryPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** One attempt at one page: check, move (unless a dry run), and record the outcome or the retry. */
@Component
public class PageProcessor {
  private static final Logger log = LoggerFactory.getLogger(PageProcessor.class);

  private final Jobs jobs;
  private final JobPages pages;
  private final JobCompletion completion;
  private final EligibilityCheck eligibility;
  private final PageMover mover;
  private final RetryPolicy retryPolicy;
  private final ThrottleGovernor governor;
  private final Clock clock;
  private final MeterRegistry meters;

  PageProcessor(
      Jobs jobs,
      JobPages pages,
      JobCompletion completion,
      EligibilityCheck eligibility,
      PageMover mover,
      RetryPolicy retryPolicy,
      ThrottleGovernor governor,
      Clock clock,
      MeterRegistry meters) {
    this.jobs = jobs;
    this.pages = pages;
    this.completion = completion;
    this.eligibility = eligibility;
    this.mover = mover;
    this.retryPolicy = retryPolicy;
    this.governor = governor;
    this.clock = clock;
    this.meters = meters;
  }

  /** One attempt, timed by outcome ({@code mooring.enablement.page.attempts}). */
  public void process(JobPage page) {
    long start = System.nanoTime();
    String outcome = attempt(page);
    Timer.builder("mooring.enablement.page.attempts")
        .description("One attempt at one page, by outcome")
        .tag("outcome", outcome)
        .publishPercentiles(0.5, 0.95, 0.99)
        .register(meters)
        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  private String attempt(JobPage page) {
    var wait = governor.notBefore(page.pageId(), page.businessManagerId());
    if (wait.isPresent()) {
      pages.postpone(page, wait.get());
      return "postponed";
    }
    EnablementJob job = jobs.summary(page.jobId()).orElseThrow();
    MoveStep step = MoveStep.CHECK;
    Eligibility.Eligible eligible = null;
    try {
      Eligibility verdict = eligibility.check(page.tenantId(), page.pageId());
      if (verdict instanceof Eligibility.Ineligible ineligible) {
        fail(
            job,
            page,
            ineligible.reason(),
            ineligible.pageName(),
            ineligible.businessManagerId(),
            ineligible.businessManagerName(),
            ineligible.detail());
        return "ineligible";
      }
      eligible = (Eligibility.Eligible) verdict;
      if (page.dryRun()) {
        finish(job, page, PageStatus.WOULD_MOVE, details(eligible), null);
        return "would_move";
      }
      step = MoveStep.ASSIGN;
      MovedPage moved = mover.move(eligible.owner(), page.pageId());
      finish(
          job,
          page,
          PageStatus.MOVED,
          details(eligible).set("systemUserId", moved.systemUserId()),
          movedEvent(job, page, eligible, moved));
      return "moved";
    } catch (MoveFailedException e) {
      return decide(
          job,
          page,
          retryPolicy.decide(
              e.step(), e.graphError(), page.attempts(), firstAttempt(page), clock.instant()),
          eligible);
    } catch (GraphApiException e) {
      return decide(
          job,
          page,
          retryPolicy.decide(step, e, page.attempts(), firstAttempt(page), clock.instant()),
          eligible);
    } catch (RuntimeException e) {
      log.warn(
          "page {} of job {} failed unexpectedly: {}", page.pageId(), page.jobId(), e.toString());
      return decide(
          job, page, retryPolicy.unexpected(e, page.attempts(), clock.instant()), eligible);
    }
  }

  /**
   * @param eligible what the check found, when the page failed while moving: the failure then names
   *     the page and its Business Manager
   */
  private String decide(
      EnablementJob job, JobPage page, PageDecision decision, Eligibility.Eligible eligible) {
    if (decision instanceof PageDecision.RetryAt retry) {
      pages.retryLater(page, retry.when(), firstAttempt(page), retry.detail(), clock.instant());
      return "retry";
    } else {
      PageDecision.Fail fail = (PageDecision.Fail) decision;
      fail(
          job,
          page,
          fail.reason(),
          eligible != null ? eligible.pageName() : page.pageName(),
          eligible != null ? eligible.owner().businessManagerId() : page.businessManagerId(),
          eligible != null ? eligible.owner().name() : page.businessManagerName(),
          fail.detail());
    }
    return "failed";
  }

  private void fail(
      EnablementJob job,
      JobPage page,
      ReasonCode reason,
      String pageName,
      String bmId,
      String bmName,
      String detail) {
    Instant now = clock.instant();
    String nextStep = reason.nextStep(bmName != null ? bmName : bmId);
    Update update =
        new Update()
            .set("reason", reason)
            .set("nextStep", nextStep)
            .set("detail", detail)
            .set("pageName", pageName)
            .set("businessManagerId", bmId)
            .set("businessManagerName", bmName)
            .set("lastErrorAt", now)
            .inc("attempts", 1);
    Envelope<PageEnablementFailed> event =
        page.dryRun()
            ? null
            : event(
                job,
                Messages.PAGE_ENABLEMENT_FAILED,
                new PageEnablementFailed(
                    UUID.fromString(job.id()),
                    page.pageId(),
                    pageName,
                    bmId,
                    bmName,
                    reason,
                    nextStep,
                    detail,
                    page.attempts() + 1,
                    now));
    finish(job, page, PageStatus.FAILED, update, event);
  }

  private void finish(
      EnablementJob job, JobPage page, PageStatus status, Update update, Envelope<?> event) {
    update.set("finishedAt", clock.instant());
    if (pages.finish(page, status, update, event)) {
      completion.pageFinished(job.id(), status != PageStatus.FAILED);
    }
  }

  private static Update details(Eligibility.Eligible eligible) {
    return new Update()
        .set("pageName", eligible.pageName())
        .set("businessManagerId", eligible.owner().businessManagerId())
        .set("businessManagerName", eligible.owner().name())
        .unset("reason")
        .unset("nextStep");
  }

  private Envelope<PageMovedToSystemUser> movedEvent(
      EnablementJob job, JobPage page, Eligibility.Eligible eligible, MovedPage moved) {
    return event(
        job,
        Messages.PAGE_MOVED_TO_SYSTEM_USER,
        new PageMovedToSystemUser(
            UUID.fromString(job.id()),
            page.pageId(),
            eligible.pageName(),
            eligible.owner().businessManagerId(),
            eligible.owner().name(),
            moved.systemUserId(),
            moved.tasks(),
            moved.subscribedFields(),
            moved.pageToken()));
  }

  private <P extends io.mooring.contracts.envelope.Message> Envelope<P> event(
      EnablementJob job, io.mooring.contracts.envelope.MessageType<P> type, P payload) {
    return Envelope.continuing(
        type,
        job.tenantId(),
        UUID.fromString(job.correlationId()),
        UUID.fromString(job.commandEventId()),
        "page-subscription-worker",
        payload,
        clock);
  }

  private Instant firstAttempt(JobPage page) {
    return page.firstAttemptAt() != null ? page.firstAttemptAt() : clock.instant();
  }
}
