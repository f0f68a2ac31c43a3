package io.mooring.runner.stack;

import io.mooring.runner.ports.Endpoint;
import java.util.List;
import java.util.Map;

/**
 * One child process: which module's jar, on which port, with which settings. Settings go on the
 * command line; secrets go in the child's environment ({@code SPRING_APPLICATION_JSON}), where
 * other users of the machine cannot read them (unlike a command line).
 *
 * @param module the Maven module, also the name of its log file
 * @param endpoint its port
 * @param arguments Spring Boot command-line properties ({@code --name=value})
 * @param secrets properties passed through the environment
 */
public record ServiceDefinition(
    String module, Endpoint endpoint, List<String> arguments, Map<String, String> secrets) {

  public ServiceDefinition {
    arguments = List.copyOf(arguments);
    secrets = Map.copyOf(secrets);
  }

  public String readinessPath() {
    return "/actuator/health/readiness";
  }
}
