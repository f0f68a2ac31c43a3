package io.mooring.provisioner.setup;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Picks up setups whose wait is over, and those a stopped worker left behind (its lease expired): a
 * restart continues where the setup stopped.
 */
@Component
class ResumeScheduler {
  private final Provisionings provisionings;
  private final ProvisioningEngine engine;
  private final Clock clock;

  ResumeScheduler(Provisionings provisionings, ProvisioningEngine engine, Clock clock) {
    this.provisionings = provisionings;
    this.engine = engine;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${mooring.provisioning.resume-interval:1s}")
  void resumeDueSetups() {
    provisionings.due(clock.instant(), 50).forEach(engine::advance);
  }
}
