package io.mooring.pagesubscription.jobs;

/** ACCEPTED until every page of the job is recorded, RUNNING until every page has an outcome. */
public enum JobStatus {
  ACCEPTED,
  RUNNING,
  COMPLETED
}
