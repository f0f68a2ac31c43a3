package io.mooring.notification.email;

/** Where an email of the outbox stands. */
public enum EmailState {
  /** Waiting for its next attempt (or being sent right now, under a claim). */
  PENDING,
  SENT,
  /** The address was refused for good, or every attempt failed; kept for the record. */
  FAILED_PERMANENTLY
}
