package io.mooring.pagesubscription.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.topics.Topics;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.pagesubscription.WorkerTestSupport;
import io.mooring.pagesubscription.jobs.EnablementJob;
import io.mooring.pagesubscription.jobs.JobPage;
import io.mooring.pagesubscription.jobs.JobStatus;
import io.mooring.pagesubscription.jobs.PageStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A worker that stops mid-job loses no page; a big job does not starve another tenant's page. */
class DispatchResilienceIT extends WorkerTestSupport {
  @Autowired PageDispatcher dispatcher;
  @Autowired MongoTemplate mongo;

  @AfterEach
  void normalSpeed() {
    simulator().admin().setLatency(0, 0);
    if (!dispatcher.isRunning()) {
      dispatcher.start();
    }
  }

  @Test
  void aWorkerStoppedMidJobLosesNoPageAndTheJobCompletesOnce() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(9);
    connect("tenant-restart", business, true, null);
    List<String> pageIds = simulator().world().pagesOwnedBy(business.id()).subList(20, 60);
    simulator().admin().setLatency(30, 10);
    String jobId = startJob("tenant-restart", pageIds, false);
    await().atMost(Duration.ofSeconds(30)).until(() -> finished(jobId) >= 5);

    dispatcher.stop();
    // Pages a killed worker held: their leases must lapse before anyone takes them again.
    mongo.updateMulti(
        Query.query(Criteria.where("jobId").is(jobId).and("status").is(PageStatus.PENDING.name())),
        new Update().set("leaseUntil", clock.instant().plus(Duration.ofMinutes(2))),
        JobPage.class);
    long doneWhileStopped = finished(jobId);
    assertThat(doneWhileStopped).isLessThan(pageIds.size());
    dispatcher.start();
    assertThat(jobs.find(jobId).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
    clock.advance(Duration.ofMinutes(3));

    EnablementJob job = awaitCompleted(jobId);
    assertThat(job.moved()).isEqualTo(pageIds.size());
    List<String> completions =
        kafka()
            .readAll(
                Topics.ENABLEMENT_JOB_EVENTS.name(),
                r -> jobId.equals(r.key()),
                Duration.ofSeconds(2))
            .stream()
            .map(r -> EnvelopeCodec.decode(r.value()).type())
            .filter("EnablementJobCompleted"::equals)
            .toList();
    assertThat(completions).hasSize(1);
  }

  @Test
  void anotherTenantsSinglePageIsNotStarvedByABigJob() {
    var world = simulator().world();
    DemoWorld.ClientBusiness bigTenantsBusiness = world.clientBusinesses().get(5);
    DemoWorld.ClientBusiness smallTenantsBusiness = world.clientBusinesses().get(6);
    connect("tenant-big", bigTenantsBusiness, true, null);
    connect("tenant-small", smallTenantsBusiness, true, null);
    simulator().admin().setLatency(80, 0);
    String bigJob =
        startJob("tenant-big", world.pagesOwnedBy(bigTenantsBusiness.id()).subList(20, 118), false);
    await().atMost(Duration.ofSeconds(30)).until(() -> finished(bigJob) >= 3);

    Instant smallStarted = Instant.now();
    String smallJob =
        startJob(
            "tenant-small", world.pagesOwnedBy(smallTenantsBusiness.id()).subList(30, 31), false);
    EnablementJob small = awaitCompleted(smallJob);
    Duration smallTook = Duration.between(smallStarted, Instant.now());

    assertThat(small.moved()).isEqualTo(1);
    assertThat(jobs.find(bigJob).orElseThrow().status())
        .as("the big job is still running when the small one is done")
        .isEqualTo(JobStatus.RUNNING);
    assertThat(smallTook).isLessThan(Duration.ofSeconds(10));
    awaitCompleted(bigJob);
  }

  private long finished(String jobId) {
    return mongo.count(
        Query.query(Criteria.where("jobId").is(jobId).and("status").ne(PageStatus.PENDING.name())),
        JobPage.class);
  }
}
