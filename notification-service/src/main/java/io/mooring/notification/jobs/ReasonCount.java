package io.mooring.notification.jobs;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.FailuresByReason;
import java.util.List;

/** How many pages of a job failed for one reason, as the job's completion reported it. */
public record ReasonCount(
    ReasonCode reason, String reasonText, String nextStep, int count, List<String> examplePageIds) {

  static ReasonCount of(FailuresByReason failures) {
    return new ReasonCount(
        failures.reason(),
        failures.reasonText() != null ? failures.reasonText() : failures.reason().text(),
        failures.nextStep() != null ? failures.nextStep() : failures.reason().nextStep(null),
        failures.count(),
        failures.examplePageIds());
  }
}
