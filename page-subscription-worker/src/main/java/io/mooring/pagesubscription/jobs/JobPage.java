package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One page of one job: its own queue entry (when it may be tried next, who holds it), its outcome,
 * and its event not yet published. A worker that dies lets its lease lapse.
 */
@Document(JobPage.COLLECTION)
public record JobPage(
    @Id String id,
    String jobId,
    String tenantId,
    String pageId,
    boolean dryRun,
    PageStatus status,
    int attempts,
    Instant firstAttemptAt,
    Instant nextAttemptAt,
    Instant leaseUntil,
    String pageName,
    String businessManagerId,
    String businessManagerName,
    String systemUserId,
    ReasonCode reason,
    String nextStep,
    String detail,
    Instant lastErrorAt,
    Instant finishedAt,
    List<OutboxEntry> outbox) {

  public static final String COLLECTION = "enablement_job_pages";

  public static String idOf(String jobId, String pageId) {
    return jobId + "/" + pageId;
  }
}
