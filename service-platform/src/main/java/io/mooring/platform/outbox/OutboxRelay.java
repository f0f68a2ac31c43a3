package io.mooring.platform.outbox;

import io.mooring.platform.kafka.MessagePublisher;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes what aggregates put in their outbox, in order, and removes each entry only after the
 * broker acknowledged it. At-least-once: a crash between the two publishes again, and consumers
 * drop the duplicate by event id.
 */
public class OutboxRelay implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int BATCH = 200;
  private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);

  private final MongoTemplate mongo;
  private final MessagePublisher publisher;
  private final List<OutboxCollection> collections;
  private final Duration pollInterval;
  private final AtomicBoolean draining = new AtomicBoolean();
  private ScheduledExecutorService scheduler;

  public OutboxRelay(
      MongoTemplate mongo,
      MessagePublisher publisher,
      List<OutboxCollection> collections,
      Duration pollInterval) {
    this.mongo = mongo;
    this.publisher = publisher;
    this.collections = List.copyOf(collections);
    this.pollInterval = pollInterval;
  }

  /** Drains now instead of at the next poll, for callers that just wrote an outbox entry. */
  public void wakeUp() {
    ScheduledExecutorService running = scheduler;
    if (running != null) {
      running.execute(this::drainQuietly);
    }
  }

  /** Publishes every pending entry once; returns how many were published. */
  public int drain() {
    if (!draining.compareAndSet(false, true)) {
      return 0;
    }
    try {
      int published = 0;
      for (OutboxCollection collection : collections) {
        published += drain(collection.name());
      }
      return published;
    } finally {
      draining.set(false);
    }
  }

  private int drain(String collection) {
    Query pending = new Query(Criteria.where(OutboxEntry.FIELD + ".0").exists(true)).limit(BATCH);
    pending.fields().include("_id").include(OutboxEntry.FIELD);
    int published = 0;
    for (Document document : mongo.find(pending, Document.class, collection)) {
      for (Document entry : document.getList(OutboxEntry.FIELD, Document.class)) {
        var outboxEntry =
            new OutboxEntry(
                entry.getString("eventId"),
                entry.getString("envelope"),
                entry.getString("traceparent"));
        try (Scope ignored = outboxEntry.traceContext().makeCurrent()) {
          publisher.publishAndWait(outboxEntry.decode(), PUBLISH_TIMEOUT);
        }
        mongo.updateFirst(
            new Query(Criteria.where("_id").is(document.get("_id"))),
            new Update().pull(OutboxEntry.FIELD, new Document("eventId", outboxEntry.eventId())),
            collection);
        published++;
      }
    }
    return published;
  }

  private void drainQuietly() {
    try {
      drain();
    } catch (RuntimeException e) {
      log.warn("outbox relay could not publish yet, will retry: {}", e.toString());
    }
  }

  @Override
  public void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        this::drainQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    ScheduledExecutorService running = scheduler;
    scheduler = null;
    if (running != null) {
      running.shutdown();
      try {
        running.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }
}
