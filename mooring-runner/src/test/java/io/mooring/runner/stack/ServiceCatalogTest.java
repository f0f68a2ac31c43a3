package io.mooring.runner.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.runner.data.DevSecrets;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.Ports;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {
  private static final DevSecrets SECRETS =
      new DevSecrets(
          Path.of("/data/secrets/keyset.json"),
          "aWRlbnRpdHktc2lnbmluZy1rZXktMzItYnl0ZXMhISE=",
          "bGluay1zaWduaW5nLWtleS0zMi1ieXRlcy1sb25nISE=",
          "EAAMpartnertoken");
  private final ServiceCatalog catalog =
      new ServiceCatalog(Ports.withOverrides(Map.of(Endpoint.KAFKA, 19092)), SECRETS);

  @Test
  void fiveServicesEachOnItsPortWithItsOwnDatabase() {
    List<ServiceDefinition> services = catalog.services("555");

    assertThat(services)
        .extracting(ServiceDefinition::module)
        .containsExactlyElementsOf(ServiceCatalog.SERVICE_MODULES);
    assertThat(argument(services, "api-gateway", "--server.port=")).isEqualTo("8080");
    assertThat(argument(services, "notification-service", "--server.port=")).isEqualTo("8084");
    assertThat(services)
        .extracting(s -> argument(List.of(s), s.module(), "--spring.mongodb.uri="))
        .doesNotHaveDuplicates()
        .allMatch(uri -> uri.startsWith("mongodb://localhost:27017/mooring-"));
    assertThat(services)
        .allSatisfy(
            s -> {
              assertThat(s.arguments())
                  .contains("--spring.kafka.bootstrap-servers=localhost:19092")
                  .contains("--server.address=127.0.0.1");
              assertThat(s.secrets())
                  .containsEntry("mooring.identity.signing-key", SECRETS.identitySigningKey());
            });
  }

  @Test
  void eachServiceGetsTheProfileMadeForARunLikeThis() {
    List<ServiceDefinition> services = catalog.services("555");

    assertThat(argument(services, "api-gateway", "--spring.profiles.active="))
        .isEqualTo("dev-issuer");
    for (String module :
        List.of("bm-connector-service", "system-user-provisioner", "page-subscription-worker")) {
      assertThat(argument(services, module, "--spring.profiles.active=")).isEqualTo("simulator");
      assertThat(argument(services, module, "--mooring.meta.graph-base-url="))
          .isEqualTo("http://127.0.0.1:8089");
      assertThat(argument(services, module, "--mooring.secrets.keyset-file="))
          .isEqualTo("/data/secrets/keyset.json");
    }
    assertThat(
            argument(
                services, "system-user-provisioner", "--mooring.provisioning.partner-business-id="))
        .isEqualTo("555");
    assertThat(argument(services, "bm-connector-service", "--mooring.connect.redirect-uri="))
        .isEqualTo("http://localhost:8080/api/business-managers/connections/callback");
    assertThat(argument(services, "notification-service", "--spring.mail.port=")).isEqualTo("3025");
    assertThat(catalog.simulator().arguments()).contains("--spring.profiles.active=demo");
  }

  @Test
  void theSimulatorAndTheProvisionerShareThePartnerToken() {
    assertThat(catalog.simulator().secrets())
        .containsEntry("mooring.simulator.partner.admin-system-user-token", "EAAMpartnertoken");
    assertThat(
            catalog.services("555").stream()
                .filter(s -> s.module().equals("system-user-provisioner"))
                .findFirst()
                .orElseThrow()
                .secrets())
        .containsEntry("mooring.provisioning.partner-admin-system-user-token", "EAAMpartnertoken");
  }

  @Test
  void noSecretIsEverOnACommandLine() {
    List<ServiceDefinition> all = new java.util.ArrayList<>(catalog.services("555"));
    all.add(catalog.simulator());
    for (ServiceDefinition service : all) {
      assertThat(String.join(" ", service.arguments()))
          .doesNotContain(SECRETS.identitySigningKey())
          .doesNotContain(SECRETS.linkSigningKey())
          .doesNotContain(SECRETS.partnerAdminSystemUserToken());
    }
  }

  private static String argument(List<ServiceDefinition> services, String module, String prefix) {
    return services.stream()
        .filter(s -> s.module().equals(module))
        .flatMap(s -> s.arguments().stream())
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(module + " has no " + prefix));
  }
}
