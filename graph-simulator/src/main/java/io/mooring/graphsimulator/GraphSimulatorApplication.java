package io.mooring.graphsimulator;

import io.mooring.graphsimulator.config.SimulatorProperties;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A stateful stand-in for Meta's Graph API. Its configuration files are named {@code
 * graph-simulator*.yml} (not {@code application*.yml}) so that embedding it in another module's
 * tests never leaks configuration into that module's own Spring contexts.
 */
@SpringBootApplication
@EnableConfigurationProperties(SimulatorProperties.class)
public class GraphSimulatorApplication {

  public static void main(String[] args) {
    newApplication().run(args);
  }

  static SpringApplication newApplication() {
    SpringApplication application = new SpringApplication(GraphSimulatorApplication.class);
    application.setDefaultProperties(Map.of("spring.config.name", "graph-simulator"));
    return application;
  }
}
