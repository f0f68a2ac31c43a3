package io.mooring.contracts.enablement;

import io.mooring.contracts.envelope.Message;
import java.util.Objects;
import java.util.UUID;

/**
 * One page of a job, handed to the workers. Keyed by page id so that two jobs never work on the
 * same page at once on different consumers.
 */
public record PageEnablementWorkItem(UUID jobId, String pageId, boolean dryRun, int attempt)
    implements Message {
  public PageEnablementWorkItem {
    Objects.requireNonNull(jobId, "jobId");
    if (!PageIds.isValid(pageId)) {
      throw new IllegalArgumentException("malformed page id: '" + pageId + "'");
    }
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt starts at 1");
    }
  }

  @Override
  public String aggregateId() {
    return pageId;
  }
}
