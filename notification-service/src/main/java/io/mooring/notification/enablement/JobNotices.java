package io.mooring.notification.enablement;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.notification.email.EmailTemplates;
import io.mooring.notification.notices.EmailContent;
import io.mooring.notification.notices.Notice;
import io.mooring.notification.notices.NoticeKind;
import io.mooring.notification.notices.Occurrence;
import io.mooring.notification.notices.Recipient;
import io.mooring.notification.report.ReportLinks;
import io.mooring.notification.report.ReportPaths;
import io.mooring.notification.report.SignedLink;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the requester of a finished job is told: always in-app; for a bulk job also an email with
 * the counts, the top reasons with their next steps and a signed link to the report.
 */
@Component
public class JobNotices {
  static final int TOP_REASONS = 3;
  static final String TEMPLATE = "job-completed";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final EmailTemplates templates;
  private final ReportLinks links;

  public JobNotices(EmailTemplates templates, ReportLinks links) {
    this.templates = templates;
    this.links = links;
  }

  /** Every delivery of one job's completion is the same occurrence: the job id names it. */
  public static Occurrence occurrenceOf(Envelope<?> envelope, EnablementJobCompleted job) {
    return new Occurrence(
        "job-completed:" + job.jobId(),
        envelope.tenantId(),
        envelope.eventId(),
        envelope.occurredAt());
  }

  public Notice forRequester(Envelope<?> envelope, EnablementJobCompleted job) {
    JobOutcome outcome = new JobOutcome(job);
    Recipient requester = Recipient.of(job.requestedBy());
    EmailContent email = outcome.bulk() ? email(envelope, job, outcome, requester) : null;
    return new Notice(
        occurrenceOf(envelope, job),
        requester,
        NoticeKind.ENABLEMENT_JOB_COMPLETED,
        outcome.severity(),
        outcome.title(),
        outcome.inAppText(),
        ReportPaths.forJob(job.jobId()),
        email);
  }

  private EmailContent email(
      Envelope<?> envelope, EnablementJobCompleted job, JobOutcome outcome, Recipient to) {
    SignedLink report = links.issue(job.jobId(), envelope.tenantId());
    List<ReasonLine> reasons =
        outcome.topReasons(TOP_REASONS).stream().map(ReasonLine::of).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("name", to.greetingName());
    model.put("headline", outcome.headline());
    model.put("dryRun", job.dryRun());
    model.put("jobId", job.jobId().toString());
    model.put("total", job.totalPages());
    model.put("moved", job.moved());
    model.put("failed", job.failed());
    model.put("reasons", reasons);
    model.put("moreReasons", Math.max(0, outcome.reasonCount() - reasons.size()));
    model.put("startedAt", format(job.startedAt()));
    model.put("completedAt", format(job.completedAt()));
    model.put("reportUrl", report.url().toString());
    model.put("reportExpiresAt", format(report.expiresAt()));
    return templates.render(TEMPLATE, outcome.subject(), model);
  }

  private static String format(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /** One reason of the email's list. */
  public record ReasonLine(String code, String text, String nextStep, int count) {
    static ReasonLine of(FailuresByReason failures) {
      return new ReasonLine(
          failures.reason().name(),
          JobOutcome.textOf(failures),
          JobOutcome.nextStepOf(failures),
          failures.count());
    }
  }
}
