package io.mooring.runner.journey;

import static org.awaitility.Awaitility.await;

import io.mooring.runner.demo.BusinessManagerLogin;
import io.mooring.runner.demo.GatewayApi;
import io.mooring.runner.ports.Endpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/** A person of a tenant using Mooring through the gateway, as the console would. */
final class MooringUser {
  private final String tenant;
  private final String userId;
  private final String email;
  private final GatewayApi api;
  private final BusinessManagerLogin login;

  private MooringUser(JourneyStack stack, String tenant, String userId) throws IOException {
    this.tenant = tenant;
    this.userId = userId;
    this.email = userId + "@" + tenant + ".example";
    this.api = new GatewayApi(stack.http(), stack.ports().url(Endpoint.GATEWAY));
    this.login = new BusinessManagerLogin(stack.http(), api);
    api.logIn(tenant, userId, email);
  }

  static MooringUser logIn(JourneyStack stack, String tenant, String userId) throws IOException {
    return new MooringUser(stack, tenant, userId);
  }

  String tenant() {
    return tenant;
  }

  String userId() {
    return userId;
  }

  String email() {
    return email;
  }

  GatewayApi api() {
    return api;
  }

  /** Connects the Business Manager {@code personId} administers, through the login dialog. */
  BusinessManagerLogin.Connected connect(String personId) throws IOException {
    return login.connect(personId);
  }

  /** Presses "Set up System User" and waits for the badge to say ENABLED. */
  JsonNode setUpSystemUser(String businessManagerId) throws IOException {
    api.setUpSystemUser(businessManagerId);
    AtomicReference<JsonNode> systemUser = new AtomicReference<>();
    await("System User of " + businessManagerId + " ENABLED")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              systemUser.set(api.businessManager(businessManagerId).path("systemUser"));
              return "ENABLED".equals(systemUser.get().path("status").asString());
            });
    return systemUser.get();
  }

  String startJob(List<String> pageIds) throws IOException {
    return api.startJob(pageIds).path("jobId").asString();
  }

  /**
   * The job as the gateway shows it, or empty while it cannot be read (a service restarting is not
   * the test's business: the job's outcome is).
   */
  Optional<JsonNode> job(String jobId) {
    try {
      return Optional.of(api.job(jobId));
    } catch (IOException | RuntimeException unavailable) {
      return Optional.empty();
    }
  }

  JsonNode awaitCompleted(String jobId, Duration timeout) {
    AtomicReference<JsonNode> job = new AtomicReference<>();
    await("job " + jobId + " COMPLETED")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              job(jobId).ifPresent(job::set);
              return job.get() != null && "COMPLETED".equals(job.get().path("status").asString());
            });
    return job.get();
  }

  /** Waits until the job runs and has moved at least {@code moved} pages, with some left. */
  void awaitMidJob(String jobId, int moved) {
    await("job " + jobId + " half-way")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                job(jobId)
                    .map(j -> j.path("moved").asInt() >= moved && j.path("pending").asInt() > 0)
                    .orElse(false));
  }

  /** This person's in-app notifications that point at {@code jobId}. */
  List<JsonNode> notificationsAbout(String jobId) throws IOException {
    List<JsonNode> about = new ArrayList<>();
    for (JsonNode item : api.notifications(100)) {
      if (item.path("actionPath").asString("").contains(jobId)) {
        about.add(item);
      }
    }
    return about;
  }
}
