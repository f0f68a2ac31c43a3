package io.mooring.notification.jobs;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.platform.kafka.PoisonMessageException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Completed jobs, keyed by job id: what a report's summary and its access check read. */
@Repository
public class JobStore {
  static final String COLLECTION = "jobs";

  private final MongoTemplate mongo;

  public JobStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Records the job's completion once; a repeat is a no-op. A job id that already belongs to
   * another tenant breaks a business rule and is poison.
   */
  public JobRecord recordCompletion(Envelope<?> envelope, EnablementJobCompleted job) {
    JobRecord record = JobRecord.of(envelope, job);
    try {
      return mongo.insert(record);
    } catch (DuplicateKeyException alreadyRecorded) {
      JobRecord existing = mongo.findById(record.jobId(), JobRecord.class);
      if (existing != null && !existing.tenantId().equals(record.tenantId())) {
        throw new PoisonMessageException(
            "job " + record.jobId() + " already completed for another tenant");
      }
      return existing != null ? existing : record;
    }
  }

  /** The job, only if it belongs to the tenant (another tenant's job does not exist for them). */
  public Optional<JobRecord> find(UUID jobId, String tenantId) {
    return Optional.ofNullable(
        mongo.findOne(
            query(where("_id").is(jobId.toString()).and("tenantId").is(tenantId)),
            JobRecord.class));
  }

  public long deleteCompletedBefore(Instant cutoff) {
    return mongo.remove(query(where("completedAt").lt(cutoff)), JobRecord.class).getDeletedCount();
  }
}
