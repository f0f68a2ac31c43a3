package io.mooring.notification.jobs;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.MeterRegistry;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.platform.kafka.PoisonMessageException;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The per-job projection of page outcomes that reports are built from (the completion event only
 * carries counts and examples). Idempotent: one document per job and page, and an event is applied
 * only if it happened after the one applied last.
 */
@Repository
public class JobPages implements InitializingBean {
  static final String COLLECTION = "job_pages";

  private final MongoTemplate mongo;
  private final MeterRegistry meters;

  public JobPages(MongoTemplate mongo, MeterRegistry meters) {
    this.mongo = mongo;
    this.meters = meters;
  }

  @Override
  public void afterPropertiesSet() {
    mongo
        .indexOps(JobPage.class)
        .createIndex(
            new Index()
                .on("jobId", Sort.Direction.ASC)
                .on("tenantId", Sort.Direction.ASC)
                .on("outcome", Sort.Direction.ASC)
                .on("pageId", Sort.Direction.ASC));
  }

  public boolean apply(Envelope<?> envelope, PageEnablementFailed failed) {
    Update row =
        base(envelope, failed.jobId(), failed.pageId(), failed.pageName())
            .set("businessManagerId", failed.businessManagerId())
            .set("businessManagerName", failed.businessManagerName())
            .set("outcome", PageOutcome.FAILED)
            .set("reason", failed.reason())
            .set("reasonText", failed.reason().text())
            .set("nextStep", failed.nextStep())
            .set("detail", failed.detail())
            .set("attempts", failed.attempts())
            .set("lastErrorAt", failed.lastErrorAt())
            .unset("systemUserId");
    return applyIfNewer(envelope, failed.jobId(), failed.pageId(), row);
  }

  public boolean apply(Envelope<?> envelope, PageMovedToSystemUser moved) {
    Update row =
        base(envelope, moved.jobId(), moved.pageId(), moved.pageName())
            .set("businessManagerId", moved.businessManagerId())
            .set("businessManagerName", moved.businessManagerName())
            .set("outcome", PageOutcome.MOVED)
            .set("systemUserId", moved.systemUserId())
            .set("attempts", 0)
            .unset("reason")
            .unset("reasonText")
            .unset("nextStep")
            .unset("detail")
            .unset("lastErrorAt");
    return applyIfNewer(envelope, moved.jobId(), moved.pageId(), row);
  }

  /** The job's pages with one outcome, by page id; the caller closes the stream. */
  public Stream<JobPage> stream(UUID jobId, String tenantId, PageOutcome outcome) {
    Query rows =
        query(
                where("jobId")
                    .is(jobId.toString())
                    .and("tenantId")
                    .is(tenantId)
                    .and("outcome")
                    .is(outcome))
            .with(Sort.by("pageId"));
    return mongo.stream(rows, JobPage.class);
  }

  public long count(UUID jobId, String tenantId) {
    return mongo.count(
        query(where("jobId").is(jobId.toString()).and("tenantId").is(tenantId)), JobPage.class);
  }

  public long deleteOlderThan(Instant cutoff) {
    return mongo.remove(query(where("eventAt").lt(cutoff)), JobPage.class).getDeletedCount();
  }

  private static Update base(Envelope<?> envelope, UUID jobId, String pageId, String pageName) {
    return new Update()
        .set("tenantId", envelope.tenantId())
        .set("jobId", jobId.toString())
        .set("pageId", pageId)
        .set("pageName", pageName)
        .set("eventAt", envelope.occurredAt())
        .set("eventId", envelope.eventId().toString());
  }

  /**
   * An upsert that only matches an older row: when the stored row is as new or newer (a duplicate
   * or a late event), the upsert tries to insert the same id and the unique id refuses it.
   */
  private boolean applyIfNewer(Envelope<?> envelope, UUID jobId, String pageId, Update row) {
    String id = JobPage.idOf(jobId.toString(), pageId);
    Query olderRow =
        query(
            where("_id")
                .is(id)
                .and("tenantId")
                .is(envelope.tenantId())
                .and("eventAt")
                .lt(envelope.occurredAt()));
    try {
      mongo.upsert(olderRow, row, JobPage.class);
      count("applied");
      return true;
    } catch (DuplicateKeyException notNewer) {
      JobPage stored = mongo.findById(id, JobPage.class);
      if (stored != null && !stored.tenantId().equals(envelope.tenantId())) {
        throw new PoisonMessageException(
            "page " + pageId + " of job " + jobId + " already belongs to another tenant");
      }
      count("stale");
      return false;
    }
  }

  private void count(String outcome) {
    meters.counter("mooring.notifications.page-events", "outcome", outcome).increment();
  }
}
