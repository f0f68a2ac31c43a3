package io.mooring.pagesubscription.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.pagesubscription.WorkerTestSupport;
import io.mooring.pagesubscription.jobs.EnablementJob;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Leases are short so a dead worker's pages come back soon; a live worker renews the leases of the
 * pages in hand, so a page slower than its lease is still worked on once.
 */
@TestPropertySource(properties = "mooring.enablement.lease=1s")
class LeaseRenewalIT extends WorkerTestSupport {
  @MockitoSpyBean PageProcessor processor;

  @AfterEach
  void normalSpeed() {
    simulator().admin().setLatency(0, 0);
  }

  @Test
  void aPageSlowerThanItsLeaseIsWorkedOnOnce() {
    DemoWorld.ClientBusiness business = simulator().world().clientBusinesses().get(10);
    connect("tenant-lease", business, true, null);
    List<String> pageIds = simulator().world().pagesOwnedBy(business.id()).subList(20, 23);
    // Each page makes several Graph calls: well over a second each, three leases and more.
    simulator().admin().setLatency(800, 0);

    EnablementJob job = awaitCompleted(startJob("tenant-lease", pageIds, false));

    assertThat(job.moved()).isEqualTo(pageIds.size());
    for (String pageId : pageIds) {
      verify(processor, times(1)).process(argThat(page -> page.pageId().equals(pageId)));
    }
  }
}
