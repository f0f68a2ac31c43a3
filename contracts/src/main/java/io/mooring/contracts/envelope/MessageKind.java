package io.mooring.contracts.envelope;

/** Commands ask a service to do something; events say that something happened. */
public enum MessageKind {
  COMMAND,
  EVENT
}
