package io.mooring.bmconnector.registry;

/** Whether Mooring can still act with the admin's token. */
public enum ConnectionStatus {
  CONNECTED,
  EXPIRED
}
