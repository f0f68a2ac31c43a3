package io.mooring.graphsimulator;

import io.mooring.graphsimulator.admin.AdminOperations;
import io.mooring.graphsimulator.sim.SimulationHolder;
import io.mooring.graphsimulator.world.DemoWorld;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The simulator in-process, for other modules' tests: random port, admin API on, profile {@code
 * test}. Close it to stop the server. Pass {@code server.ssl.*} overrides to serve HTTPS.
 *
 * <pre>{@code
 * try (var sim = EmbeddedGraphSimulator.start(Map.of())) {
 *   String token = sim.issueUserToken(sim.world().clientBusinesses().get(0).adminPersonIds().get(0),
 *       List.of("business_management", "pages_show_list"));
 *   // call sim.baseUrl() + "/v26.0/me" ...
 * }
 * }</pre>
 */
public final class EmbeddedGraphSimulator implements AutoCloseable {
  private final ConfigurableApplicationContext context;
  private final AdminOperations operations;
  private final SimulationHolder holder;
  private final SimulatorAdmin admin;
  private final String baseUrl;

  private EmbeddedGraphSimulator(ConfigurableApplicationContext context) {
    this.context = context;
    this.operations = context.getBean(AdminOperations.class);
    this.holder = context.getBean(SimulationHolder.class);
    this.admin = new SimulatorAdmin(operations);
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.baseUrl = (usesTls(context.getEnvironment()) ? "https" : "http") + "://localhost:" + port;
  }

  /** Starts a simulator; {@code propertyOverrides} win over every configuration file. */
  public static EmbeddedGraphSimulator start(Map<String, Object> propertyOverrides) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", "0");
    properties.put("mooring.simulator.admin-enabled", "true");
    properties.putAll(propertyOverrides);
    SpringApplication application = GraphSimulatorApplication.newApplication();
    application.setBannerMode(Banner.Mode.OFF);
    application.setMainApplicationClass(GraphSimulatorApplication.class);
    application.setAdditionalProfiles("test");
    application.addInitializers(
        ctx ->
            ctx.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("embeddedGraphSimulator", properties)));
    return new EmbeddedGraphSimulator(application.run());
  }

  /** TLS is on when a key store or SSL bundle is configured (e.g. for Meta's SDK sync executor). */
  private static boolean usesTls(Environment environment) {
    boolean configured =
        environment.getProperty("server.ssl.key-store") != null
            || environment.getProperty("server.ssl.bundle") != null;
    return configured && environment.getProperty("server.ssl.enabled", Boolean.class, true);
  }

  /** E.g. {@code http://localhost:PORT}: no trailing slash, no version. */
  public String baseUrl() {
    return baseUrl;
  }

  public String appId() {
    return holder.current().world().mooringApp().id();
  }

  public String appSecret() {
    return holder.current().world().mooringApp().secret();
  }

  public String partnerBusinessId() {
    return holder.current().world().partnerBusinessId();
  }

  /** The partner's ADMIN system user token (non-expiring, every scope, Mooring app). */
  public String partnerAdminSystemUserToken() {
    return holder.current().partnerAdminSystemUserToken();
  }

  /** The seeded world, by category. The same after {@code admin().reset()}. */
  public DemoWorld world() {
    return holder.current().view();
  }

  /** A USER token as if the person logged in through FLfB with the Mooring app (60 days). */
  public String issueUserToken(String personId, Collection<String> scopes) {
    return operations.issueUserToken(personId, scopes);
  }

  /** A single-use authorization code for {@code /oauth/access_token} (expires in 10 minutes). */
  public String issueLoginCode(String personId, Collection<String> scopes, String redirectUri) {
    return operations.issueLoginCode(personId, scopes, redirectUri);
  }

  public SimulatorAdmin admin() {
    return admin;
  }

  @Override
  public void close() {
    context.close();
  }
}
