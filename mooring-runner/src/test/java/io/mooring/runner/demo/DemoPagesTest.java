package io.mooring.runner.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.runner.simulator.SimulatorWorld;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoPagesTest {

  private static List<String> ids(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + String.format("%04d", i)).toList();
  }

  private static SimulatorWorld world(int ownedPerClient) {
    SimulatorWorld.ClientBusiness first =
        new SimulatorWorld.ClientBusiness(
            "100",
            "First",
            List.of("p1"),
            ids("1", ownedPerClient),
            ids("2", 10),
            ids("3", 3),
            ids("4", 3));
    SimulatorWorld.ClientBusiness second =
        new SimulatorWorld.ClientBusiness(
            "200",
            "Second",
            List.of("p2"),
            ids("5", ownedPerClient),
            List.of(),
            List.of(),
            List.of());
    return new SimulatorWorld(
        "999", List.of(first, second), ids("6", 5), "7000", List.of(), Map.of());
  }

  @Test
  void fiveHundredPagesAreTheBusinessManagersOwnPlusOneInTenThatCannotMove() {
    DemoPages.Selection selection = DemoPages.select(world(450), "100", 500);

    assertThat(selection.pageIds()).hasSize(500).doesNotHaveDuplicates();
    assertThat(selection.ownPages()).isEqualTo(450);
    assertThat(selection.otherPages()).isEqualTo(50);
    assertThat(selection.pageIds())
        .containsAll(ids("1", 450))
        .contains("7000") // not found
        .containsAll(ids("4", 3)) // in no business
        .containsAll(ids("2", 10)) // owned by a business that is not connected
        .containsAll(ids("3", 3))
        .contains("50000"); // another customer's page
  }

  @Test
  void aSmallWorldFillsTheJobWithPagesThatCannotMove() {
    DemoPages.Selection selection = DemoPages.select(world(120), "100", 200);

    assertThat(selection.pageIds()).hasSize(200).doesNotHaveDuplicates();
    assertThat(selection.ownPages()).isEqualTo(120);
    assertThat(selection.otherPages()).isEqualTo(80);
  }

  @Test
  void aSmallJobIsStillMostlyMovablePages() {
    DemoPages.Selection selection = DemoPages.select(world(450), "100", 20);

    assertThat(selection.pageIds()).hasSize(20);
    assertThat(selection.ownPages()).isEqualTo(18);
    assertThat(selection.pageIds()).contains("7000");
  }

  @Test
  void aJobOfOneIsOneOwnPage() {
    assertThat(DemoPages.select(world(450), "100", 1).pageIds()).containsExactly("10000");
  }

  @Test
  void anUnknownBusinessManagerIsAnError() {
    assertThatThrownBy(() -> DemoPages.select(world(450), "555", 10)).hasMessageContaining("555");
  }

  @Test
  void aJobLargerThanTheWorldIsAnError() {
    assertThatThrownBy(() -> DemoPages.select(world(10), "100", 10_000))
        .hasMessageContaining("only");
  }
}
