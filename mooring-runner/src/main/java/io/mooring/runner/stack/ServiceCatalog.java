package io.mooring.runner.stack;

import io.mooring.runner.data.DevSecrets;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.Ports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How each child is configured. Every service keeps its own {@code application.yml}; the runner
 * only sets what differs on a developer's machine: ports, the broker and store addresses, the
 * simulator as Meta, the shared development secrets, and the profiles made for this ({@code
 * simulator} for the Meta-facing services, {@code dev-issuer} for the gateway, {@code demo} for the
 * simulator).
 */
public final class ServiceCatalog {
  /** The demo job needs a Business Manager with more pages than the simulator's default 120. */
  public static final int DEMO_PAGES_PER_CLIENT = 450;

  public static final List<String> SERVICE_MODULES =
      List.of(
          "api-gateway",
          "bm-connector-service",
          "system-user-provisioner",
          "page-subscription-worker",
          "notification-service");

  public static final List<String> ALL_MODULES =
      List.of(
          Checkout.SIMULATOR,
          "api-gateway",
          "bm-connector-service",
          "system-user-provisioner",
          "page-subscription-worker",
          "notification-service");

  private final Ports ports;
  private final DevSecrets secrets;

  public ServiceCatalog(Ports ports, DevSecrets secrets) {
    this.ports = ports;
    this.secrets = secrets;
  }

  public ServiceDefinition simulator() {
    return new ServiceDefinition(
        Checkout.SIMULATOR,
        Endpoint.SIMULATOR,
        List.of(
            "--spring.profiles.active=demo",
            "--server.port=" + ports.of(Endpoint.SIMULATOR),
            "--server.address=127.0.0.1",
            "--management.endpoint.health.probes.enabled=true",
            "--mooring.simulator.world.owned-pages-per-client=" + DEMO_PAGES_PER_CLIENT),
        Map.of(
            "mooring.simulator.partner.admin-system-user-token",
            secrets.partnerAdminSystemUserToken()));
  }

  /** The five services, once the simulator has said who the partner business is. */
  public List<ServiceDefinition> services(String partnerBusinessId) {
    String graph = internalUrl(Endpoint.SIMULATOR);
    String keyset = "--mooring.secrets.keyset-file=" + secrets.keysetFile();
    List<ServiceDefinition> services = new ArrayList<>();
    services.add(
        service(
            "api-gateway",
            Endpoint.GATEWAY,
            "mooring-gateway",
            List.of(
                "--spring.profiles.active=dev-issuer",
                "--mooring.gateway.downstream.bm-connector=" + internalUrl(Endpoint.BM_CONNECTOR),
                "--mooring.gateway.downstream.page-subscription-worker="
                    + internalUrl(Endpoint.PAGE_WORKER),
                "--mooring.gateway.downstream.notification-service="
                    + internalUrl(Endpoint.NOTIFICATIONS)),
            Map.of()));
    services.add(
        service(
            "bm-connector-service",
            Endpoint.BM_CONNECTOR,
            "mooring-bm-connector",
            List.of(
                "--spring.profiles.active=simulator",
                "--mooring.meta.graph-base-url=" + graph,
                // The person's browser opens the login dialog and comes back to the gateway.
                "--mooring.connect.login-dialog-base-url=" + ports.url(Endpoint.SIMULATOR),
                "--mooring.connect.redirect-uri="
                    + ports.url(Endpoint.GATEWAY)
                    + "/api/business-managers/connections/callback",
                keyset),
            Map.of()));
    services.add(
        service(
            "system-user-provisioner",
            Endpoint.PROVISIONER,
            "mooring-provisioner",
            List.of(
                "--spring.profiles.active=simulator",
                "--mooring.meta.graph-base-url=" + graph,
                "--mooring.provisioning.partner-business-id=" + partnerBusinessId,
                keyset),
            Map.of(
                "mooring.provisioning.partner-admin-system-user-token",
                secrets.partnerAdminSystemUserToken())));
    services.add(
        service(
            "page-subscription-worker",
            Endpoint.PAGE_WORKER,
            "mooring-page-subscription",
            List.of(
                "--spring.profiles.active=simulator",
                "--mooring.meta.graph-base-url=" + graph,
                keyset),
            Map.of()));
    services.add(
        service(
            "notification-service",
            Endpoint.NOTIFICATIONS,
            "mooring-notification",
            List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + ports.of(Endpoint.SMTP),
                "--mooring.notifications.public-base-url=" + ports.url(Endpoint.GATEWAY)),
            Map.of("mooring.notifications.link-signing-key", secrets.linkSigningKey())));
    return services;
  }

  private ServiceDefinition service(
      String module,
      Endpoint endpoint,
      String database,
      List<String> own,
      Map<String, String> ownSecrets) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=" + ports.of(endpoint));
    // Loopback only: the dev issuer mints an ADMIN token for anyone who asks.
    arguments.add("--server.address=127.0.0.1");
    arguments.add("--spring.kafka.bootstrap-servers=localhost:" + ports.of(Endpoint.KAFKA));
    arguments.add(
        "--spring.mongodb.uri=mongodb://localhost:" + ports.of(Endpoint.MONGODB) + "/" + database);
    arguments.addAll(own);
    Map<String, String> allSecrets = new java.util.HashMap<>(ownSecrets);
    allSecrets.put("mooring.identity.signing-key", secrets.identitySigningKey());
    return new ServiceDefinition(module, endpoint, arguments, allSecrets);
  }

  private String internalUrl(Endpoint endpoint) {
    return "http://127.0.0.1:" + ports.of(endpoint);
  }
}
