package io.mooring.notification.enablement;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.notification.notices.Severity;
import java.util.Comparator;
import java.util.List;

/** What a finished job means to a person, in short sentences that say the outcome. */
public record JobOutcome(EnablementJobCompleted job) {
  private static final Comparator<FailuresByReason> MOST_FIRST =
      Comparator.comparingInt(FailuresByReason::count)
          .reversed()
          .thenComparing(failures -> failures.reason().name());

  /** More than one page: these get an email and a report. */
  public boolean bulk() {
    return job.totalPages() > 1;
  }

  public Severity severity() {
    if (job.failed() == 0) {
      return Severity.SUCCESS;
    }
    return job.moved() == 0 ? Severity.ERROR : Severity.WARNING;
  }

  public String title() {
    if (job.dryRun()) {
      return "Dry run finished";
    }
    return switch (severity()) {
      case SUCCESS ->
          job.totalPages() == 1 ? "Page moved to System User" : "Pages moved to System User";
      case WARNING -> "Pages partly moved to System User";
      case ERROR ->
          job.totalPages() == 1
              ? "Page not moved to System User"
              : "Pages not moved to System User";
    };
  }

  /** E.g. "412 of 500 pages moved to System User; 88 failed (3 reasons)." */
  public String headline() {
    String prefix = job.dryRun() ? "Dry run: " : "";
    return prefix + (bulk() ? bulkHeadline() : singlePageHeadline());
  }

  public String inAppText() {
    return bulk() ? headline() + " Download report." : headline();
  }

  public String subject() {
    String headline = headline();
    return headline.endsWith(".") ? headline.substring(0, headline.length() - 1) : headline;
  }

  /** The reasons that failed most pages first. */
  public List<FailuresByReason> topReasons(int limit) {
    return job.failuresByReason().stream().sorted(MOST_FIRST).limit(limit).toList();
  }

  public int reasonCount() {
    return job.failuresByReason().size();
  }

  private String bulkHeadline() {
    String move = job.dryRun() ? "would move" : "moved";
    if (job.failed() == 0) {
      return (job.dryRun() ? "all " : "All ")
          + job.totalPages()
          + " pages "
          + move
          + " to System User.";
    }
    int reasons = reasonCount();
    return "%d of %d pages %s to System User; %d %s (%d %s)."
        .formatted(
            job.moved(),
            job.totalPages(),
            move,
            job.failed(),
            job.dryRun() ? "would fail" : "failed",
            reasons,
            reasons == 1 ? "reason" : "reasons");
  }

  private String singlePageHeadline() {
    if (job.failed() == 0) {
      return job.dryRun()
          ? "your page would move to System User."
          : "Your page moved to System User.";
    }
    FailuresByReason why = job.failuresByReason().isEmpty() ? null : job.failuresByReason().get(0);
    String page =
        why == null || why.examplePageIds().isEmpty()
            ? "Your page"
            : "Page " + why.examplePageIds().get(0);
    String verb = job.dryRun() ? " would not move" : " could not be moved";
    return why == null
        ? page + verb + " to System User."
        : page + verb + " to System User: " + textOf(why) + " " + nextStepOf(why);
  }

  static String textOf(FailuresByReason failures) {
    return failures.reasonText() != null ? failures.reasonText() : failures.reason().text();
  }

  static String nextStepOf(FailuresByReason failures) {
    return failures.nextStep() != null ? failures.nextStep() : failures.reason().nextStep(null);
  }
}
