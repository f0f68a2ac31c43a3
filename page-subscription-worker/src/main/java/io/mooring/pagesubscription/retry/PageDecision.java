package io.mooring.pagesubscription.retry;

import io.mooring.contracts.common.ReasonCode;
import java.time.Instant;

/** What happens to a page after a failed attempt. */
public sealed interface PageDecision {
  record RetryAt(Instant when, String detail) implements PageDecision {}

  record Fail(ReasonCode reason, String detail) implements PageDecision {}
}
