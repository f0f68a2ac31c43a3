package io.mooring.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.runner.ports.Endpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentParserTest {

  private static RunnerArguments parse(String... args) {
    return ArgumentParser.parse(List.of(args));
  }

  @Test
  void noArgumentsStartWithTheDefaults() {
    RunnerArguments args = parse();

    assertThat(args.command()).isEqualTo(Command.START);
    assertThat(args.dataDir()).isEqualTo(Path.of(".mooring"));
    assertThat(args.home()).isNull();
    assertThat(args.readyTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(args.demoPages()).isEqualTo(500);
    assertThat(args.demoTenant()).isNull();
    for (Endpoint endpoint : Endpoint.values()) {
      assertThat(args.ports().of(endpoint)).isEqualTo(endpoint.defaultPort());
    }
    assertThat(args.ports().of(Endpoint.GATEWAY)).isEqualTo(8080);
    assertThat(args.ports().of(Endpoint.KAFKA)).isEqualTo(9092);
    assertThat(args.ports().of(Endpoint.MONGODB)).isEqualTo(27017);
  }

  @Test
  void readsTheCommands() {
    assertThat(parse("start").command()).isEqualTo(Command.START);
    assertThat(parse("demo").command()).isEqualTo(Command.DEMO);
    assertThat(parse("help").command()).isEqualTo(Command.HELP);
    assertThat(parse("--help").command()).isEqualTo(Command.HELP);
    assertThat(parse("demo", "-h").command()).isEqualTo(Command.HELP);
  }

  @Test
  void readsEveryOption() {
    RunnerArguments args =
        parse(
            "demo",
            "--data=/tmp/m",
            "--home=/src/mooring",
            "--timeout=90",
            "--pages=40",
            "--tenant=acme-1",
            "--port.gateway=18080",
            "--port.kafka=19092");

    assertThat(args.command()).isEqualTo(Command.DEMO);
    assertThat(args.dataDir()).isEqualTo(Path.of("/tmp/m"));
    assertThat(args.home()).isEqualTo(Path.of("/src/mooring"));
    assertThat(args.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(args.demoPages()).isEqualTo(40);
    assertThat(args.demoTenant()).isEqualTo("acme-1");
    assertThat(args.ports().of(Endpoint.GATEWAY)).isEqualTo(18080);
    assertThat(args.ports().of(Endpoint.KAFKA)).isEqualTo(19092);
    assertThat(args.ports().of(Endpoint.SMTP)).isEqualTo(3025);
    assertThat(args.ports().url(Endpoint.GATEWAY)).isEqualTo("http://localhost:18080");
  }

  @Test
  void optionsMayComeBeforeTheCommand() {
    assertThat(parse("--data=x", "demo").command()).isEqualTo(Command.DEMO);
  }

  @Test
  void refusesAnUnknownCommand() {
    assertThatThrownBy(() -> parse("stop"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("Unknown command 'stop'");
  }

  @Test
  void refusesTwoCommands() {
    assertThatThrownBy(() -> parse("start", "demo")).isInstanceOf(UsageException.class);
  }

  @Test
  void refusesAnUnknownOption() {
    assertThatThrownBy(() -> parse("--verbose=1"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--verbose");
  }

  @Test
  void refusesAnOptionWithoutValue() {
    assertThatThrownBy(() -> parse("--data"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--data=<value>");
  }

  @Test
  void refusesAnUnknownPortAndListsTheKnownOnes() {
    assertThatThrownBy(() -> parse("--port.redis=6379"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--port.redis")
        .hasMessageContaining("--port.gateway");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--port.gateway=0",
        "--port.gateway=-1",
        "--port.gateway=x",
        "--port.gateway=70000"
      })
  void refusesAPortThatIsNotAPort(String option) {
    assertThatThrownBy(() -> parse(option)).isInstanceOf(UsageException.class);
  }

  @Test
  void refusesTheSamePortForTwoThings() {
    assertThatThrownBy(() -> parse("--port.kafka=8080"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("8080")
        .hasMessageContaining("the API gateway")
        .hasMessageContaining("the Kafka broker");
  }

  @Test
  void refusesADemoJobLargerThanAJobCanBe() {
    assertThat(parse("--pages=10000").demoPages()).isEqualTo(10_000);
    assertThatThrownBy(() -> parse("--pages=10001")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> parse("--pages=0")).isInstanceOf(UsageException.class);
  }

  @Test
  void refusesATenantTheGatewayWouldRefuse() {
    assertThatThrownBy(() -> parse("--tenant=-bad")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> parse("--tenant=a/b")).isInstanceOf(UsageException.class);
  }

  @Test
  void usageNamesEveryPortOption() {
    String usage = ArgumentParser.usage();
    for (Endpoint endpoint : Endpoint.values()) {
      assertThat(usage).contains("--port." + endpoint.key() + "=N");
    }
  }
}
