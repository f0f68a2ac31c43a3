package io.mooring.contracts.enablement;

import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Message;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The page now works through the System User: assigned with {@code tasks}, webhooks subscribed for
 * {@code subscribedFields}. The page token travels only sealed, for the main platform to switch to.
 */
public record PageMovedToSystemUser(
    UUID jobId,
    String pageId,
    String pageName,
    String businessManagerId,
    String businessManagerName,
    String systemUserId,
    List<String> tasks,
    List<String> subscribedFields,
    SealedSecret pageAccessToken)
    implements Message {
  public PageMovedToSystemUser {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(pageId, "pageId");
    Objects.requireNonNull(businessManagerId, "businessManagerId");
    Objects.requireNonNull(systemUserId, "systemUserId");
    tasks = List.copyOf(tasks);
    subscribedFields = List.copyOf(subscribedFields);
  }

  @Override
  public String aggregateId() {
    return pageId;
  }
}
