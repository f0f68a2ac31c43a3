package io.mooring.contracts.enablement;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.envelope.Message;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A page of a job could not be moved (or, in a dry run, would not be): why, and what next. */
public record PageEnablementFailed(
    UUID jobId,
    String pageId,
    String pageName,
    String businessManagerId,
    String businessManagerName,
    ReasonCode reason,
    String nextStep,
    String detail,
    int attempts,
    Instant lastErrorAt)
    implements Message {
  public PageEnablementFailed {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(pageId, "pageId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(nextStep, "nextStep");
  }

  @Override
  public String aggregateId() {
    return pageId;
  }
}
