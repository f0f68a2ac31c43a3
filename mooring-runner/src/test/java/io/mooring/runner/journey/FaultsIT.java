package io.mooring.runner.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.EnableSystemUserRequested;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.contracts.topics.Topics;
import io.mooring.runner.simulator.SimulatorWorld.ClientBusiness;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults on the running stack, one after the other: a page worker killed mid-job, the broker
 * restarted mid-job, a poison record on every consumed topic, a job command delivered twice. After
 * each, no page is lost, the job completes, and its people are told exactly once.
 */
@ExtendWith(EmbeddedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {
  private static final String PAGE_WORKER = "page-subscription-worker";
  private static final String DEAD_LETTER_REASON = "mooring_dead_letter_reason";

  /** Slow enough Graph calls that a fault lands while the job runs. */
  private static final int SLOW_GRAPH_MS = 100;

  /** How many services consume each topic: each dead-letters a poison record once. */
  private static final Map<String, Integer> CONSUMING_SERVICES =
      Map.of(
          TopicNames.BUSINESS_MANAGER_EVENTS, 2, // page worker's directory, notifications
          TopicNames.SYSTEM_USER_COMMANDS, 1, // provisioner
          TopicNames.SYSTEM_USER_EVENTS, 3, // bm connector, page worker, notifications
          TopicNames.ENABLEMENT_COMMANDS, 1, // page worker
          TopicNames.ENABLEMENT_PAGE_EVENTS, 2, // page worker's pages list, notifications
          TopicNames.ENABLEMENT_JOB_EVENTS, 1); // notifications

  private MooringUser bo;
  private ClientBusiness business;
  private int nextPage;

  @BeforeAll
  void connectABusinessManagerWithItsSystemUser(JourneyStack stack) throws Exception {
    business = stack.world().clientBusinesses().get(4);
    bo = stack.logIn("faults", "bo");
    bo.connect(business.adminPersonIds().get(0));
    bo.setUpSystemUser(business.id());
  }

  @Test
  @Order(1)
  void aPageWorkerKilledMidJobAndRestartedLosesNoPage(JourneyStack stack) throws Exception {
    List<String> pages = nextPages(150);
    String jobId =
        startJobAndStrikeMidway(
            stack,
            pages,
            job -> {
              stack.stack().kill(PAGE_WORKER);
              assertThat(bo.job(job))
                  .as("the job cannot be read while its worker is dead")
                  .isEmpty();
              stack.stack().restart(PAGE_WORKER, JourneyStack.READY_TIMEOUT);
            });

    // The pages the dead worker held come back when their leases lapse.
    everyMovablePageMoved(stack, jobId, pages);
  }

  @Test
  @Order(2)
  void theBrokerRestartedMidJobLosesNoPageAndNoEvent(JourneyStack stack) throws Exception {
    List<String> pages = nextPages(150);
    String jobId = startJobAndStrikeMidway(stack, pages, job -> stack.stack().restartBroker());

    everyMovablePageMoved(stack, jobId, pages);
  }

  @Test
  @Order(3)
  void aPoisonRecordOnEveryConsumedTopicGoesToItsDeadLetterTopicAndWorkGoesOn(JourneyStack stack)
      throws Exception {
    byte[] poison = "{\"this is\": not an envelope".getBytes(StandardCharsets.UTF_8);
    Map<String, String> keys =
        CONSUMING_SERVICES.keySet().stream()
            .collect(Collectors.toMap(topic -> topic, topic -> "poison-" + UUID.randomUUID()));
    keys.forEach((topic, key) -> stack.topics().send(topic, key, poison));

    keys.forEach(
        (topic, key) ->
            await("the poison record of " + topic + " on its dead-letter topic")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                    () -> deadLetters(stack, topic, key).size() >= CONSUMING_SERVICES.get(topic)));
    Thread.sleep(3_000);
    keys.forEach(
        (topic, key) -> {
          List<ConsumerRecord<String, byte[]>> dead = deadLetters(stack, topic, key);
          assertThat(dead)
              .as("%s: dead-lettered once by each consuming service", topic)
              .hasSize(CONSUMING_SERVICES.get(topic));
          assertThat(dead)
              .allSatisfy(
                  record -> {
                    assertThat(record.value()).isEqualTo(poison);
                    Header reason = record.headers().lastHeader(DEAD_LETTER_REASON);
                    assertThat(reason).as("the reason travels with the record").isNotNull();
                    assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
                  });
        });

    // Consumers went past the poison: a job still runs and is told once.
    List<String> pages = nextPages(40);
    everyMovablePageMoved(stack, bo.startJob(pages), pages);
  }

  @Test
  @Order(4)
  void aJobCommandDeliveredTwiceRunsOnceAndIsToldOnce(JourneyStack stack) throws Exception {
    List<String> pages = nextPages(60);
    UUID jobId = UUID.randomUUID();
    byte[] command =
        EnvelopeCodec.encode(
            Envelope.start(
                Messages.ENABLE_SYSTEM_USER_REQUESTED,
                bo.tenant(),
                "main-platform",
                new EnableSystemUserRequested(
                    jobId, new RequestedBy(bo.userId(), bo.email(), "Bo"), pages, false),
                Clock.systemUTC()));
    stack.topics().send(TopicNames.ENABLEMENT_COMMANDS, jobId.toString(), command);
    stack.topics().send(TopicNames.ENABLEMENT_COMMANDS, jobId.toString(), command);

    everyMovablePageMoved(stack, jobId.toString(), pages);

    // Once more, after the job completed: still one of everything.
    stack.topics().send(TopicNames.ENABLEMENT_COMMANDS, jobId.toString(), command);
    Thread.sleep(5_000);
    assertThat(CompletedJob.completions(stack, jobId.toString())).hasSize(1);
    assertThat(bo.notificationsAbout(jobId.toString())).hasSize(1);
    assertThat(stack.mailsAbout(jobId.toString())).hasSize(1);
  }

  /** Something that goes wrong while job {@code jobId} runs. */
  private interface Fault {
    void strike(String jobId) throws Exception;
  }

  /** Starts a job with slow Graph calls and lets {@code fault} strike once it is well under way. */
  private String startJobAndStrikeMidway(JourneyStack stack, List<String> pages, Fault fault)
      throws Exception {
    stack.simulator().latency(SLOW_GRAPH_MS);
    try {
      String jobId = bo.startJob(pages);
      bo.awaitMidJob(jobId, 15);
      fault.strike(jobId);
      return jobId;
    } finally {
      stack.simulator().latency(0);
    }
  }

  /** The job is told once, and only the pages whose app platform is off failed (for that). */
  private void everyMovablePageMoved(JourneyStack stack, String jobId, List<String> pages)
      throws Exception {
    CompletedJob done = CompletedJob.verify(stack, bo, jobId, pages);
    Set<String> appPlatformOff =
        pages.stream()
            .filter(stack.world().appPlatformDisabledPages()::contains)
            .collect(Collectors.toSet());
    assertThat(done.failedPageIds()).isEqualTo(appPlatformOff);
    assertThat(done.movedPageIds()).hasSize(pages.size() - appPlatformOff.size());
  }

  private List<ConsumerRecord<String, byte[]>> deadLetters(
      JourneyStack stack, String topic, String key) {
    return stack.topics().readAll(Topics.byName(topic).orElseThrow().deadLetterTopic()).stream()
        .filter(record -> key.equals(record.key()))
        .toList();
  }

  private List<String> nextPages(int count) {
    List<String> pages = business.ownedPageIds().subList(nextPage, nextPage + count);
    nextPage += count;
    return pages;
  }
}
