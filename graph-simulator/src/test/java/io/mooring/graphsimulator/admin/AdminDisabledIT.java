package io.mooring.graphsimulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.GraphSimulatorApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Without {@code mooring.simulator.admin-enabled=true} (the default) there is no admin API. */
class AdminDisabledIT {

  @Test
  void adminApiIsOffByDefault() throws Exception {
    SpringApplication application = new SpringApplication(GraphSimulatorApplication.class);
    application.setDefaultProperties(java.util.Map.of("spring.config.name", "graph-simulator"));
    try (ConfigurableApplicationContext context = application.run("--server.port=0")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> state =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/_simulator/state"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(state.statusCode()).isEqualTo(404);
      HttpResponse<String> graph =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v26.0/me")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(graph.body()).contains("\"code\":104");
    }
  }
}
