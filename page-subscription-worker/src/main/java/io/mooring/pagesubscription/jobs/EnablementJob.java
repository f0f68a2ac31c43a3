package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A job: who asked, which pages (deduplicated), counts, and the job's events not yet published.
 * {@code finished} counts pages with an outcome; the completion is decided from the pages
 * themselves, so a lost increment can delay it but never falsify it.
 */
@Document(EnablementJob.COLLECTION)
public record EnablementJob(
    @Id String id,
    String tenantId,
    RequestedBy requestedBy,
    boolean dryRun,
    List<String> pageIds,
    int totalPages,
    JobStatus status,
    int moved,
    int failed,
    int finished,
    int lastPublishedFinished,
    List<FailuresByReason> failuresByReason,
    Instant createdAt,
    Instant completedAt,
    String commandEventId,
    String correlationId,
    List<OutboxEntry> outbox) {

  public static final String COLLECTION = "enablement_jobs";
}
