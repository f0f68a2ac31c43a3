package io.mooring.notification.inapp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent-Events streams of this instance, by person. New notifications are pushed
 * from one sending thread, so a slow browser never holds up a Kafka listener. On shutdown the
 * streams are closed first (browsers reconnect elsewhere), so graceful shutdown does not wait for
 * them.
 */
@Component
public class LiveNotifications implements SmartLifecycle {
  static final String NOTIFICATION_EVENT = "notification";
  static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
  private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);

  private record Person(String tenantId, String userId) {}

  private final Map<Person, Set<SseEmitter>> streams = new ConcurrentHashMap<>();
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "sse-sender"));
  private volatile boolean running;

  /** Opens a stream; {@code missed} are sent first (a reconnecting browser's gap). */
  public SseEmitter open(String tenantId, String userId, long unread, List<Notification> missed) {
    Person person = new Person(tenantId, userId);
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
    Runnable forget = () -> forget(person, emitter);
    emitter.onCompletion(forget);
    emitter.onTimeout(forget);
    emitter.onError(failure -> forget.run());
    streams.computeIfAbsent(person, p -> ConcurrentHashMap.newKeySet()).add(emitter);
    sender.execute(
        () -> {
          send(
              person,
              emitter,
              SseEmitter.event().name("ready").data(Map.of("unreadCount", unread)));
          missed.forEach(notification -> send(person, emitter, eventOf(notification)));
        });
    return emitter;
  }

  public void push(Notification notification) {
    Person person = new Person(notification.tenantId(), notification.userId());
    Set<SseEmitter> open = streams.get(person);
    if (open == null || open.isEmpty()) {
      return;
    }
    sender.execute(() -> open.forEach(emitter -> send(person, emitter, eventOf(notification))));
  }

  /** A comment now and then keeps proxies from closing idle streams. */
  @Scheduled(fixedDelay = 20_000, initialDelay = 20_000)
  void heartbeat() {
    sender.execute(
        () ->
            streams.forEach(
                (person, emitters) ->
                    emitters.forEach(
                        emitter -> send(person, emitter, SseEmitter.event().comment("ping")))));
  }

  int openStreams() {
    return streams.values().stream().mapToInt(Set::size).sum();
  }

  private static SseEmitter.SseEventBuilder eventOf(Notification notification) {
    return SseEmitter.event()
        .id(notification.id())
        .name(NOTIFICATION_EVENT)
        .data(NotificationView.of(notification), MediaType.APPLICATION_JSON);
  }

  private void send(Person person, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException gone) {
      log.debug("live stream closed: {}", gone.getMessage());
      forget(person, emitter);
    }
  }

  private void forget(Person person, SseEmitter emitter) {
    streams.computeIfPresent(
        person,
        (p, emitters) -> {
          emitters.remove(emitter);
          return emitters.isEmpty() ? null : emitters;
        });
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    streams.values().forEach(emitters -> emitters.forEach(LiveNotifications::close));
    streams.clear();
    sender.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the web server's graceful shutdown, which would otherwise wait for streams. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  private static void close(SseEmitter emitter) {
    try {
      emitter.complete();
    } catch (RuntimeException alreadyGone) {
      log.debug("live stream already closed: {}", alreadyGone.getMessage());
    }
  }
}
