package io.mooring.contracts.enablement;

import io.mooring.contracts.common.ReasonCode;
import java.util.List;
import java.util.Objects;

/**
 * The failed pages of one reason. {@code examplePageIds} holds at most a few ids; the full list is
 * in the job's report.
 */
public record FailuresByReason(
    ReasonCode reason, String reasonText, String nextStep, int count, List<String> examplePageIds) {
  public FailuresByReason {
    Objects.requireNonNull(reason, "reason");
    examplePageIds = List.copyOf(examplePageIds);
  }
}
