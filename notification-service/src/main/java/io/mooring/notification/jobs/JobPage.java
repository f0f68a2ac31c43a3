package io.mooring.notification.jobs;

import io.mooring.contracts.common.ReasonCode;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The last known outcome of one page of one job ({@code id} = job id + page id): a row of the job's
 * report. {@code eventAt} is when the applied event happened; older events never overwrite. The
 * failure fields are {@code null} for a moved page, {@code systemUserId} for a failed one.
 */
@Document(JobPages.COLLECTION)
public record JobPage(
    @Id String id,
    String tenantId,
    String jobId,
    String pageId,
    String pageName,
    String businessManagerId,
    String businessManagerName,
    PageOutcome outcome,
    ReasonCode reason,
    String reasonText,
    String nextStep,
    String detail,
    int attempts,
    Instant lastErrorAt,
    String systemUserId,
    Instant eventAt,
    String eventId) {

  public static String idOf(String jobId, String pageId) {
    return jobId + ":" + pageId;
  }
}
