package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.common.ReasonCode;
import java.time.Instant;

/** One page's outcome in a job: moved, or why not and what to do next. */
public record JobPageView(
    String pageId,
    String pageName,
    PageStatus status,
    String businessManagerId,
    String businessManagerName,
    ReasonCode reason,
    String reasonText,
    String nextStep,
    int attempts,
    Instant lastErrorAt) {

  static JobPageView of(JobPage page) {
    return new JobPageView(
        page.pageId(),
        page.pageName(),
        page.status(),
        page.businessManagerId(),
        page.businessManagerName(),
        page.reason(),
        page.reason() == null ? null : page.reason().text(),
        page.nextStep(),
        page.attempts(),
        page.lastErrorAt());
  }
}
