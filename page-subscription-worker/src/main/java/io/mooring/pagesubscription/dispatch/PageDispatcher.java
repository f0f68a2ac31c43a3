package io.mooring.pagesubscription.dispatch;

import io.mooring.pagesubscription.enablement.EnablementProperties;
import io.mooring.pagesubscription.jobs.JobPage;
import io.mooring.pagesubscription.jobs.JobPages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Feeds due pages to a bounded pool of workers, fairly across tenants. Each page is leased, so
 * several worker instances share the queue; the leases of pages being worked on are renewed while
 * this worker lives, so a dead worker's pages come back one lease later. A waiting page never holds
 * a worker: its retry time lives in the store.
 */
@Component
public class PageDispatcher implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(PageDispatcher.class);

  private final JobPages pages;
  private final PageProcessor processor;
  private final ThrottleGovernor governor;
  private final EnablementProperties properties;
  private final Clock clock;
  private final Semaphore slots;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean running;
  private ExecutorService workers;
  private ScheduledExecutorService leaseRenewal;
  private Thread loop;

  PageDispatcher(
      JobPages pages,
      PageProcessor processor,
      ThrottleGovernor governor,
      EnablementProperties properties,
      Clock clock) {
    this.pages = pages;
    this.processor = processor;
    this.governor = governor;
    this.properties = properties;
    this.clock = clock;
    this.slots = new Semaphore(properties.concurrency());
  }

  private void run() {
    while (running) {
      try {
        if (!dispatchOnce()) {
          Thread.sleep(properties.pollInterval().toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("page dispatch failed, trying again: {}", e.toString());
        sleepQuietly(properties.pollInterval());
      }
    }
  }

  /** Returns whether any page was dispatched. */
  boolean dispatchOnce() throws InterruptedException {
    Duration pause = governor.globalPause();
    if (!pause.isZero()) {
      Thread.sleep(pause.toMillis());
    }
    int free = slots.availablePermits();
    if (free == 0) {
      Thread.sleep(5);
      return true;
    }
    Instant now = clock.instant();
    List<String> tenants = pages.tenantsWithDuePages(now);
    if (tenants.isEmpty()) {
      return false;
    }
    int perTenant = Math.max(1, free / tenants.size());
    List<List<JobPage>> queues = new ArrayList<>();
    for (String tenant : tenants) {
      queues.add(pages.duePages(tenant, now, perTenant));
    }
    int dispatched = 0;
    for (JobPage candidate : FairShare.interleave(queues, free)) {
      if (!slots.tryAcquire()) {
        break;
      }
      var leased = pages.lease(candidate.id(), now, now.plus(properties.lease()));
      if (leased.isEmpty()) {
        slots.release();
      } else {
        dispatched++;
        inFlight.add(candidate.id());
        workers.execute(
            () -> {
              try {
                processor.process(leased.get());
              } finally {
                inFlight.remove(candidate.id());
                slots.release();
              }
            });
      }
    }
    return dispatched > 0;
  }

  @Override
  public void start() {
    workers = Executors.newFixedThreadPool(properties.concurrency(), daemonThreads("page-worker"));
    running = true;
    long renewEvery = Math.max(1, properties.lease().toMillis() / 3);
    leaseRenewal = Executors.newSingleThreadScheduledExecutor(daemonThreads("page-lease-renewal"));
    leaseRenewal.scheduleWithFixedDelay(
        this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    loop = daemonThreads("page-dispatcher").newThread(this::run);
    loop.start();
  }

  private void renewLeases() {
    try {
      Instant now = clock.instant();
      pages.renewLeases(List.copyOf(inFlight), now, now.plus(properties.lease()));
    } catch (RuntimeException e) {
      log.warn("could not renew page leases, trying again: {}", e.toString());
    }
  }

  @Override
  public void stop() {
    running = false;
    if (loop != null) {
      loop.interrupt();
    }
    if (workers != null) {
      workers.shutdown();
      try {
        workers.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // Renewed until the pages in hand are finished, as far as the graceful stop waits for them.
    if (leaseRenewal != null) {
      leaseRenewal.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
