package io.mooring.runner.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.TopicNames;
import io.mooring.runner.infra.EmlFile;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A job that ended with every page accounted for and told its people exactly once: what every
 * journey and fault test demands of a job, checked the same way.
 */
record CompletedJob(
    JsonNode job,
    Map<String, JsonNode> pages,
    EnablementJobCompleted completion,
    JsonNode notification,
    EmlFile mail) {
  static final Duration JOB_TIMEOUT = Duration.ofMinutes(6);

  /** How long a second notification or email gets to show up before "exactly one" is believed. */
  private static final Duration SETTLE = Duration.ofSeconds(3);

  Set<String> movedPageIds() {
    return pagesWithStatus("MOVED");
  }

  Set<String> failedPageIds() {
    return pagesWithStatus("FAILED");
  }

  private Set<String> pagesWithStatus(String status) {
    return pages.values().stream()
        .filter(p -> status.equals(p.path("status").asString()))
        .map(p -> p.path("pageId").asString())
        .collect(Collectors.toSet());
  }

  /**
   * Waits for the job and checks: all {@code pageIds} have an outcome (none lost, none twice), one
   * EnablementJobCompleted on the broker agreeing with the job, one in-app notification and one
   * email whose counts agree.
   */
  static CompletedJob verify(
      JourneyStack stack, MooringUser user, String jobId, List<String> pageIds)
      throws IOException, InterruptedException {
    JsonNode job = user.awaitCompleted(jobId, JOB_TIMEOUT);
    int total = (int) pageIds.stream().distinct().count();
    assertThat(job.path("totalPages").asInt()).isEqualTo(total);
    assertThat(job.path("pending").asInt()).isZero();
    assertThat(job.path("moved").asInt() + job.path("failed").asInt()).isEqualTo(total);

    List<JsonNode> pageList = user.api().jobPages(jobId, null);
    Map<String, JsonNode> pages =
        pageList.stream().collect(Collectors.toMap(p -> p.path("pageId").asString(), p -> p));
    assertThat(pages.keySet()).as("every page of the job, once").hasSize(pageList.size());
    assertThat(pages.keySet()).containsExactlyInAnyOrderElementsOf(Set.copyOf(pageIds));
    assertThat(pages.values())
        .as("no page is left waiting")
        .allSatisfy(p -> assertThat(p.path("status").asString()).isIn("MOVED", "FAILED"));
    assertThat(pages.values().stream().filter(p -> "MOVED".equals(p.path("status").asString())))
        .hasSize(job.path("moved").asInt());

    // The job's document says COMPLETED first; its event, notification and email follow.
    await("EnablementJobCompleted of job " + jobId + " on the broker")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !completions(stack, jobId).isEmpty());
    await("the in-app notification of job " + jobId)
        .atMost(Duration.ofMinutes(1))
        .until(() -> !user.notificationsAbout(jobId).isEmpty());
    await("the email about job " + jobId)
        .atMost(Duration.ofMinutes(1))
        .until(() -> !stack.mailsAbout(jobId).isEmpty());
    Thread.sleep(SETTLE.toMillis());
    List<EnablementJobCompleted> completions = completions(stack, jobId);
    assertThat(completions).as("EnablementJobCompleted events of job %s", jobId).hasSize(1);
    EnablementJobCompleted completion = completions.get(0);
    assertThat(completion.moved()).isEqualTo(job.path("moved").asInt());
    assertThat(completion.failed()).isEqualTo(job.path("failed").asInt());
    List<JsonNode> notifications = user.notificationsAbout(jobId);
    assertThat(notifications).as("in-app notifications about job %s", jobId).hasSize(1);
    List<EmlFile> mails = stack.mailsAbout(jobId);
    assertThat(mails).as("emails about job %s", jobId).hasSize(1);
    EmlFile mail = mails.get(0);
    assertThat(mail.to()).contains(user.email());
    assertThat(number(mail, "Pages in the job")).isEqualTo(total);
    assertThat(number(mail, "Moved to System User")).isEqualTo(completion.moved());
    assertThat(number(mail, "Failed")).isEqualTo(completion.failed());
    return new CompletedJob(job, pages, completion, notifications.get(0), mail);
  }

  static List<EnablementJobCompleted> completions(JourneyStack stack, String jobId) {
    return stack.topics().envelopes(TopicNames.ENABLEMENT_JOB_EVENTS).stream()
        .filter(e -> Messages.ENABLEMENT_JOB_COMPLETED.name().equals(e.type()))
        .map(Envelope::payload)
        .map(EnablementJobCompleted.class::cast)
        .filter(completed -> completed.jobId().toString().equals(jobId))
        .toList();
  }

  private static int number(EmlFile mail, String label) {
    Matcher matcher =
        Pattern.compile("(?m)^" + Pattern.quote(label) + ": (\\d+)$").matcher(mail.text());
    assertThat(matcher.find()).as("\"%s: <n>\" in the email:%n%s", label, mail.text()).isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
