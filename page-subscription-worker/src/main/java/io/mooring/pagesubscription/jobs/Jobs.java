package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Jobs in MongoDB. Every change is one atomic update of one job document. */
@Component
public class Jobs {
  private final MongoTemplate mongo;

  public Jobs(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Records a new job; false if a job with this id exists (a redelivered command). */
  public boolean create(EnablementJob job) {
    try {
      mongo.insert(job);
      return true;
    } catch (DuplicateKeyException duplicate) {
      return false;
    }
  }

  /** Writes the job's page entries (again, harmlessly, after a crash) and starts the job. */
  public void recordPages(EnablementJob job, List<JobPage> pages) {
    List<String> existing =
        mongo
            .query(JobPage.class)
            .distinct("_id")
            .matching(Query.query(Criteria.where("jobId").is(job.id())))
            .as(String.class)
            .all();
    List<JobPage> missing = pages.stream().filter(page -> !existing.contains(page.id())).toList();
    if (!missing.isEmpty()) {
      BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, JobPage.class);
      bulk.insert(missing);
      bulk.execute();
    }
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(job.id()).and("status").is(JobStatus.ACCEPTED.name())),
        new Update().set("status", JobStatus.RUNNING),
        EnablementJob.class);
  }

  public Optional<EnablementJob> find(String jobId) {
    return Optional.ofNullable(mongo.findById(jobId, EnablementJob.class));
  }

  /** The job without its page list and outbox: what a page's worker needs, cheap to read. */
  public Optional<EnablementJob> summary(String jobId) {
    return Optional.ofNullable(
        mongo.findOne(
            withoutBulk(Query.query(Criteria.where("_id").is(jobId))), EnablementJob.class));
  }

  private static Query withoutBulk(Query query) {
    query.fields().exclude("pageIds").exclude(OutboxEntry.FIELD);
    return query;
  }

  public Optional<EnablementJob> find(String tenantId, String jobId) {
    return find(jobId).filter(job -> job.tenantId().equals(tenantId));
  }

  public List<EnablementJob> withStatus(JobStatus status, int limit) {
    return mongo.find(
        withoutBulk(Query.query(Criteria.where("status").is(status.name())).limit(limit)),
        EnablementJob.class);
  }

  /** Counts one more page with an outcome; returns the job as it is now. */
  public EnablementJob pageFinished(String jobId, boolean moved) {
    return mongo.findAndModify(
        withoutBulk(Query.query(Criteria.where("_id").is(jobId))),
        new Update().inc("finished", 1).inc(moved ? "moved" : "failed", 1),
        FindAndModifyOptions.options().returnNew(true),
        EnablementJob.class);
  }

  /** Queues a progress event if the job moved on since the last one. */
  public void progressed(EnablementJob job, Envelope<?> progressed) {
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id")
                .is(job.id())
                .and("status")
                .is(JobStatus.RUNNING.name())
                .and("lastPublishedFinished")
                .lt(job.finished())),
        new Update()
            .set("lastPublishedFinished", job.finished())
            .push(OutboxEntry.FIELD, OutboxEntry.of(progressed)),
        EnablementJob.class);
  }

  /**
   * Completes a running job with its final counts and its one completion event. Only the first
   * caller succeeds, whatever the number of workers or redeliveries.
   */
  public boolean complete(String jobId, JobOutcome outcome, Instant now, Envelope<?> completed) {
    return mongo
            .updateFirst(
                Query.query(
                    Criteria.where("_id").is(jobId).and("status").is(JobStatus.RUNNING.name())),
                new Update()
                    .set("status", JobStatus.COMPLETED)
                    .set("completedAt", now)
                    .set("moved", outcome.moved())
                    .set("failed", outcome.failed())
                    .set("finished", outcome.moved() + outcome.failed())
                    .set("failuresByReason", outcome.failuresByReason())
                    .push(OutboxEntry.FIELD, OutboxEntry.of(completed)),
                EnablementJob.class)
            .getModifiedCount()
        == 1;
  }
}
