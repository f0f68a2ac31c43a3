package io.mooring.graph.error;

/** What made a {@link TransientException} transient. */
public enum TransientKind {
  /** Meta answered with a transient error code (1, 2) or flagged an unknown code transient. */
  META_ERROR,
  /** Connect or read timeout. */
  TIMEOUT,
  /** Connection refused, reset or otherwise failed. */
  CONNECTION_FAILED,
  /** A 5xx answer without a recognisable Meta error object. */
  SERVER_ERROR,
  /** A body that is not the JSON expected (not JSON, or missing required fields). */
  MALFORMED_RESPONSE,
  /** The calling thread was interrupted while waiting; the interrupt flag is kept set. */
  INTERRUPTED
}
