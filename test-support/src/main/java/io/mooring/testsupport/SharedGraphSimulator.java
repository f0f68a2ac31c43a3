package io.mooring.testsupport;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One Graph API simulator per test JVM, started on first use. Test classes share it, so each picks
 * its own businesses and pages and clears the faults it injects.
 */
public final class SharedGraphSimulator {
  public static final String REDIRECT_URI = "http://localhost:8080/callback";
  private static EmbeddedGraphSimulator simulator;

  private SharedGraphSimulator() {}

  public static synchronized EmbeddedGraphSimulator get() {
    if (simulator == null) {
      simulator = EmbeddedGraphSimulator.start(Map.of());
      Runtime.getRuntime()
          .addShutdownHook(new Thread(simulator::close, "graph-simulator-shutdown"));
    }
    return simulator;
  }

  /** Points a service at the simulator: Graph URL, app credentials, login and partner business. */
  public static void registerProperties(DynamicPropertyRegistry registry) {
    EmbeddedGraphSimulator sim = get();
    registry.add("mooring.meta.graph-base-url", sim::baseUrl);
    registry.add("mooring.meta.app-id", sim::appId);
    registry.add("mooring.meta.app-secret", sim::appSecret);
    registry.add("mooring.connect.login-dialog-base-url", sim::baseUrl);
    registry.add("mooring.connect.redirect-uri", () -> REDIRECT_URI);
    registry.add("mooring.provisioning.partner-business-id", sim::partnerBusinessId);
  }

  /** The partner admin system user's token (for the services that act as the partner). */
  public static void registerPartnerToken(DynamicPropertyRegistry registry) {
    registry.add(
        "mooring.provisioning.partner-admin-system-user-token", get()::partnerAdminSystemUserToken);
  }
}
