package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The pages of jobs: a queue with per-page retry times and leases, and their outcomes. */
@Component
public class JobPages {
  private static final int EXAMPLE_PAGES = 5;
  private final MongoTemplate mongo;

  public JobPages(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Tenants that have pages ready to be worked on now. */
  public List<String> tenantsWithDuePages(Instant now) {
    return mongo
        .query(JobPage.class)
        .distinct("tenantId")
        .matching(Query.query(due(now)))
        .as(String.class)
        .all();
  }

  public List<JobPage> duePages(String tenantId, Instant now, int limit) {
    Query query =
        Query.query(due(now).and("tenantId").is(tenantId))
            .with(Sort.by("nextAttemptAt"))
            .limit(limit);
    return mongo.find(query, JobPage.class);
  }

  /** Takes a page for one worker, if it is still due and nobody holds it. */
  public Optional<JobPage> lease(String id, Instant now, Instant until) {
    return Optional.ofNullable(
        mongo.findAndModify(
            Query.query(due(now).and("_id").is(id)),
            new Update().set("leaseUntil", until),
            FindAndModifyOptions.options().returnNew(true),
            JobPage.class));
  }

  /**
   * Keeps the leases of pages still being worked on: their worker is alive. A page already released
   * (finished, or put back to wait for a retry) keeps its released lease.
   */
  public void renewLeases(Collection<String> ids, Instant now, Instant until) {
    if (ids.isEmpty()) {
      return;
    }
    mongo.updateMulti(
        Query.query(
            Criteria.where("_id")
                .in(ids)
                .and("status")
                .is(PageStatus.PENDING.name())
                .and("leaseUntil")
                .gt(now)),
        new Update().set("leaseUntil", until),
        JobPage.class);
  }

  /**
   * Gives a page its outcome, with its event when there is one. Returns false if the page had one
   * already, so the job's counters move once per page.
   */
  public boolean finish(JobPage page, PageStatus status, Update details, Envelope<?> event) {
    Update update = details.set("status", status).set("leaseUntil", Instant.EPOCH);
    if (event != null) {
      update.push(OutboxEntry.FIELD, OutboxEntry.of(event));
    }
    return mongo
            .updateFirst(
                Query.query(
                    Criteria.where("_id")
                        .is(page.id())
                        .and("status")
                        .is(PageStatus.PENDING.name())),
                update,
                JobPage.class)
            .getModifiedCount()
        == 1;
  }

  public void retryLater(
      JobPage page, Instant nextAttemptAt, Instant firstAttemptAt, String detail, Instant now) {
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id").is(page.id()).and("status").is(PageStatus.PENDING.name())),
        new Update()
            .inc("attempts", 1)
            .set("firstAttemptAt", firstAttemptAt)
            .set("nextAttemptAt", nextAttemptAt)
            .set("leaseUntil", Instant.EPOCH)
            .set("detail", detail)
            .set("lastErrorAt", now),
        JobPage.class);
  }

  /** Postpones a page without counting an attempt (Mooring slowed itself down). */
  public void postpone(JobPage page, Instant nextAttemptAt) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(page.id())),
        new Update().set("nextAttemptAt", nextAttemptAt).set("leaseUntil", Instant.EPOCH),
        JobPage.class);
  }

  /** Counts and failures of a job, from its pages (the authority on completion). */
  public JobOutcome outcome(String jobId) {
    int moved = 0;
    int failed = 0;
    int pending = 0;
    var byStatus =
        mongo.aggregate(
            Aggregation.newAggregation(
                Aggregation.match(Criteria.where("jobId").is(jobId)),
                Aggregation.group("status").count().as("count")),
            JobPage.COLLECTION,
            Document.class);
    for (Document row : byStatus) {
      int count = ((Number) row.get("count")).intValue();
      switch (PageStatus.valueOf(row.getString("_id"))) {
        case MOVED, WOULD_MOVE -> moved += count;
        case FAILED -> failed += count;
        case PENDING -> pending += count;
      }
    }
    return new JobOutcome(moved, failed, pending, failuresByReason(jobId));
  }

  private List<FailuresByReason> failuresByReason(String jobId) {
    var rows =
        mongo.aggregate(
            Aggregation.newAggregation(
                Aggregation.match(
                    Criteria.where("jobId").is(jobId).and("status").is(PageStatus.FAILED.name())),
                Aggregation.group("reason")
                    .count()
                    .as("count")
                    .push("pageId")
                    .as("pageIds")
                    .first("nextStep")
                    .as("nextStep")),
            JobPage.COLLECTION,
            Document.class);
    List<FailuresByReason> groups = new ArrayList<>();
    for (Document row : rows) {
      ReasonCode reason = ReasonCode.valueOf(row.getString("_id"));
      List<String> pageIds = row.getList("pageIds", String.class);
      groups.add(
          new FailuresByReason(
              reason,
              reason.text(),
              row.getString("nextStep"),
              ((Number) row.get("count")).intValue(),
              pageIds.stream().sorted().limit(EXAMPLE_PAGES).toList()));
    }
    groups.sort(Comparator.comparingInt(FailuresByReason::count).reversed());
    return groups;
  }

  public List<JobPage> pagesOf(String jobId, PageStatus status, int page, int size) {
    Criteria criteria = Criteria.where("jobId").is(jobId);
    if (status != null) {
      criteria = criteria.and("status").is(status.name());
    }
    Query query =
        Query.query(criteria).with(Sort.by("pageId")).skip((long) page * size).limit(size);
    query.fields().exclude(OutboxEntry.FIELD);
    return mongo.find(query, JobPage.class);
  }

  private static Criteria due(Instant now) {
    return Criteria.where("status")
        .is(PageStatus.PENDING.name())
        .and("nextAttemptAt")
        .lte(now)
        .and("leaseUntil")
        .lte(now);
  }
}
