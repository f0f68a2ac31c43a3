package io.mooring.gateway.testing;

import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.IdentityProperties;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.testsupport.InfrastructureMode;
import io.mooring.testsupport.MooringInfrastructureContextCustomizerFactory;
import io.mooring.testsupport.TestInfrastructure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The services behind the gateway in its integration tests, one set per test JVM: the real
 * bm-connector-service (with the Graph simulator as Meta) and stand-ins for the page worker and the
 * notification service. They share the JVM's test broker and store.
 */
public final class Downstreams {
  /** Where the simulator's login dialog sends the browser back (the gateway's public callback). */
  public static final String LOGIN_REDIRECT_URI =
      "http://localhost:8080/api/business-managers/connections/callback";

  /**
   * This JVM carries the gateway's classpath (Spring Security, the gateway, springdoc); the
   * services must not pick up the gateway's security, so they run without it, as they are built.
   */
  private static final String GATEWAY_ONLY_AUTO_CONFIGURATIONS =
      String.join(
          ",",
          "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
          "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
          "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
          "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
          "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
          "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.GatewayMvcClassPathWarningAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration",
          "org.springframework.cloud.gateway.server.mvc.config.DefaultFunctionConfiguration");

  private static EmbeddedGraphSimulator simulator;
  private static String bmConnectorUrl;
  private static StubService pageWorker;
  private static StubService notifications;

  private Downstreams() {}

  public static synchronized EmbeddedGraphSimulator simulator() {
    if (simulator == null) {
      simulator =
          EmbeddedGraphSimulator.start(
              Map.of(
                  "spring.autoconfigure.exclude",
                  GATEWAY_ONLY_AUTO_CONFIGURATIONS,
                  "mooring.platform.enabled",
                  "false"));
    }
    return simulator;
  }

  /** The real bm-connector-service, started from its own configuration on a random port. */
  public static synchronized String bmConnector() {
    if (bmConnectorUrl == null) {
      bmConnectorUrl = startBmConnector();
    }
    return bmConnectorUrl;
  }

  public static synchronized StubService pageWorker() {
    if (pageWorker == null) {
      pageWorker = StubService.start("page-subscription-worker", identities());
    }
    return pageWorker;
  }

  public static synchronized StubService notifications() {
    if (notifications == null) {
      notifications = StubService.start("notification-service", identities());
    }
    return notifications;
  }

  /** Verifies (and, for forgery tests, mints) identities with the key the services share. */
  public static InternalIdentityTokens identities() {
    return new InternalIdentityTokens(
        new IdentityProperties(
            MooringInfrastructureContextCustomizerFactory.TEST_IDENTITY_SIGNING_KEY, null, null),
        Clock.systemUTC());
  }

  private static String startBmConnector() {
    EmbeddedGraphSimulator sim = simulator();
    TestInfrastructure.Endpoints infrastructure =
        TestInfrastructure.endpoints(InfrastructureMode.fromSystemProperty());
    Class<?> application;
    try {
      // Not on the compile classpath (its jar is a Boot fat jar); the build unpacks its classes.
      application = Class.forName("io.mooring.bmconnector.BmConnectorApplication");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "bm-connector-service's classes are missing: run the integration tests with Maven", e);
    }
    // The connector takes a Caller parameter, which its API description must not show.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    String home = application.getProtectionDomain().getCodeSource().getLocation().toString();
    List<String> arguments = new ArrayList<>();
    // Its own application.yml (the gateway's is first on this classpath).
    arguments.add("--spring.config.location=" + home);
    arguments.add("--server.port=0");
    arguments.add("--spring.main.banner-mode=off");
    arguments.add("--spring.autoconfigure.exclude=" + GATEWAY_ONLY_AUTO_CONFIGURATIONS);
    arguments.add("--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers());
    arguments.add("--spring.kafka.consumer.group-id=gateway-it-bm-connector");
    arguments.add("--spring.mongodb.uri=" + infrastructure.mongoUri("it_gateway_bm_connector"));
    arguments.add("--mooring.kafka.partitions=3");
    arguments.add(
        "--mooring.identity.signing-key="
            + MooringInfrastructureContextCustomizerFactory.TEST_IDENTITY_SIGNING_KEY);
    arguments.add(
        "--mooring.secrets.keyset="
            + MooringInfrastructureContextCustomizerFactory.TEST_SECRETS_KEYSET);
    arguments.add("--mooring.meta.graph-base-url=" + sim.baseUrl());
    arguments.add("--mooring.meta.app-id=" + sim.appId());
    arguments.add("--mooring.meta.app-secret=" + sim.appSecret());
    arguments.add("--mooring.connect.login-dialog-base-url=" + sim.baseUrl());
    arguments.add("--mooring.connect.redirect-uri=" + LOGIN_REDIRECT_URI);
    SpringApplication app = new SpringApplication(application);
    ConfigurableApplicationContext context = app.run(arguments.toArray(String[]::new));
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return "http://localhost:" + port;
  }
}
