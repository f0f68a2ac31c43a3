package io.mooring.contracts.envelope;

import java.util.Objects;

/**
 * One entry of the catalogue: the name carried in the envelope's {@code type}, the current schema
 * version and the payload record.
 */
public record MessageType<P extends Message>(
    String name, int version, MessageKind kind, Class<P> payloadClass) {
  public MessageType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payloadClass, "payloadClass");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1");
    }
  }

  public static <P extends Message> MessageType<P> command(Class<P> payloadClass) {
    return new MessageType<>(payloadClass.getSimpleName(), 1, MessageKind.COMMAND, payloadClass);
  }

  public static <P extends Message> MessageType<P> event(Class<P> payloadClass) {
    return new MessageType<>(payloadClass.getSimpleName(), 1, MessageKind.EVENT, payloadClass);
  }
}
