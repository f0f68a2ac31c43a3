package io.mooring.notification.retention;

import io.mooring.notification.config.NotificationProperties;
import io.mooring.notification.email.EmailOutbox;
import io.mooring.notification.inapp.NotificationStore;
import io.mooring.notification.jobs.JobPages;
import io.mooring.notification.jobs.JobStore;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets what is older than the retention period. The store has no TTL indexes, so a scheduled job
 * does it; emails still pending are never deleted.
 */
@Component
public class RetentionJob {
  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final NotificationStore notifications;
  private final EmailOutbox outbox;
  private final JobStore jobs;
  private final JobPages pages;
  private final NotificationProperties properties;
  private final Clock clock;

  public RetentionJob(
      NotificationStore notifications,
      EmailOutbox outbox,
      JobStore jobs,
      JobPages pages,
      NotificationProperties properties,
      Clock clock) {
    this.notifications = notifications;
    this.outbox = outbox;
    this.jobs = jobs;
    this.pages = pages;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
  void hourly() {
    try {
      purgeOlderThan(clock.instant().minus(properties.retention()));
    } catch (RuntimeException e) {
      log.warn("retention pass failed, next pass retries: {}", e.getMessage());
    }
  }

  public long purgeOlderThan(Instant cutoff) {
    long removed =
        notifications.deleteCreatedBefore(cutoff)
            + outbox.deleteFinishedBefore(cutoff)
            + jobs.deleteCompletedBefore(cutoff)
            + pages.deleteOlderThan(cutoff);
    if (removed > 0) {
      log.info("retention removed {} documents older than {}", removed, cutoff);
    }
    return removed;
  }
}
