package io.mooring.graph.error;

import java.util.Locale;

/** Outcome of one Graph call, as tagged on the {@code mooring.graph.requests} timer. */
public enum GraphOutcome {
  SUCCESS,
  THROTTLED,
  TRANSIENT,
  TOKEN_INVALID,
  PERMISSION_DENIED,
  INVALID_REQUEST,
  NOT_FOUND,
  POLICY_BLOCKED;

  /** The metric tag value: lower snake case, e.g. {@code token_invalid}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
