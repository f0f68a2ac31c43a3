package io.mooring.bmconnector.registry;

/** Where a Business Manager's System User stands: the console's badge and filter. */
public enum SystemUserStatus {
  NOT_SET_UP,
  PROVISIONING,
  ENABLED,
  FAILED
}
