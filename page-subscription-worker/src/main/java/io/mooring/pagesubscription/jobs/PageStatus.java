package io.mooring.pagesubscription.jobs;

/** A page of a job: waiting (possibly for a retry), moved, would move (dry run) or failed. */
public enum PageStatus {
  PENDING,
  MOVED,
  WOULD_MOVE,
  FAILED;

  public boolean isFinal() {
    return this != PENDING;
  }
}
