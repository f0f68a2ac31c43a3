package io.mooring.platform.kafka;

import io.mooring.contracts.envelope.MalformedMessageException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The reason a record was dead-lettered, in words (spring's own headers only say "failed to
 * deserialize" for a poison record).
 */
public final class DeadLetterReason {
  public static final String HEADER = "mooring_dead_letter_reason";

  private DeadLetterReason() {}

  static Headers headersFor(Exception failure) {
    Headers headers = new RecordHeaders();
    headers.add(HEADER, reasonOf(failure).getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  /** Mooring's own verdict if there is one in the chain, else the innermost failure. */
  static String reasonOf(Throwable failure) {
    Throwable innermost = failure;
    while (true) {
      if (innermost instanceof MalformedMessageException
          || innermost instanceof PoisonMessageException) {
        return innermost.getMessage();
      }
      if (innermost.getCause() == null || innermost.getCause() == innermost) {
        break;
      }
      innermost = innermost.getCause();
    }
    String message = innermost.getMessage();
    return message == null ? innermost.getClass().getSimpleName() : message;
  }
}
