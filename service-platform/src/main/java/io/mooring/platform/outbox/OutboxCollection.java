package io.mooring.platform.outbox;

/** A MongoDB collection whose documents carry an {@code outbox} array for the relay to drain. */
public record OutboxCollection(String name) {}
