package io.mooring.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.mooring.notification.email.EmailOutbox;
import io.mooring.notification.inapp.LiveNotifications;
import io.mooring.notification.inapp.Notification;
import io.mooring.notification.inapp.NotificationStore;
import io.mooring.notification.notices.Notice;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Delivers notices exactly once per person: each step is an insert guarded by a unique key, so a
 * redelivered event repeats only the steps a crash left undone and never duplicates one.
 */
@Service
public class Notifier {
  private final NotificationStore notifications;
  private final EmailOutbox outbox;
  private final LiveNotifications live;
  private final MeterRegistry meters;

  public Notifier(
      NotificationStore notifications,
      EmailOutbox outbox,
      LiveNotifications live,
      MeterRegistry meters) {
    this.notifications = notifications;
    this.outbox = outbox;
    this.live = live;
    this.meters = meters;
  }

  public void deliver(Collection<Notice> notices) {
    notices.forEach(this::deliver);
  }

  public void deliver(Notice notice) {
    Optional<Notification> created = notifications.createOnce(notice);
    // Pushed at once: if queueing the email fails and the event is redelivered, the notification
    // already exists and would never be pushed.
    created.ifPresent(live::push);
    if (notice.wantsEmail()) {
      outbox.enqueueOnce(notice);
    }
    meters
        .counter(
            "mooring.notifications.created",
            "kind",
            notice.kind().name(),
            "outcome",
            created.isPresent() ? "created" : "duplicate")
        .increment();
  }
}
