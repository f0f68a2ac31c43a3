package io.mooring.notification.notices;

/** How a notification should look: all went well, some went wrong, or it failed. */
public enum Severity {
  SUCCESS,
  WARNING,
  ERROR
}
