package io.mooring.graph.error;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Meta's error object: {@code {"error":{"message","type","code","error_subcode","fbtrace_id",
 * "is_transient"}}}. The message has already been scrubbed of secrets.
 *
 * @param subcode {@code error_subcode}, null when absent
 * @param transientHint {@code is_transient}: seen in real responses, not documented; a hint only.
 *     Null when absent
 */
public record GraphError(
    int code,
    Integer subcode,
    String type,
    String message,
    String fbtraceId,
    Boolean transientHint) {

  public OptionalInt subcodeValue() {
    return subcode == null ? OptionalInt.empty() : OptionalInt.of(subcode);
  }

  public Optional<String> fbtrace() {
    return Optional.ofNullable(fbtraceId);
  }

  boolean saysTransient() {
    return Boolean.TRUE.equals(transientHint);
  }

  boolean messageContains(String fragment) {
    return message != null && message.toLowerCase().contains(fragment);
  }
}
