package io.mooring.pagesubscription.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairShareTest {

  @Test
  void aSmallTenantIsServedInTheFirstRoundWhateverTheBigOnesQueue() {
    List<String> big = Collections.nCopies(10_000, "big");
    List<String> small = List.of("small");

    List<String> picked = FairShare.interleave(List.of(big, small), 4);

    assertThat(picked).containsExactly("big", "small", "big", "big");
  }

  @Test
  void takesNoMoreThanTheLimitAndStopsWhenQueuesRunDry() {
    assertThat(FairShare.interleave(List.of(List.of(1, 2), List.of(3)), 10))
        .containsExactly(1, 3, 2);
    assertThat(FairShare.interleave(List.of(List.of(1, 2), List.of(3)), 2)).containsExactly(1, 3);
  }
}
