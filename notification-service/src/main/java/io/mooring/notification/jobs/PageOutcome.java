package io.mooring.notification.jobs;

/** How a page of a job ended. */
public enum PageOutcome {
  MOVED,
  FAILED
}
