package io.mooring.notification.enablement;

import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.notification.delivery.Notifier;
import io.mooring.notification.jobs.JobStore;
import org.springframework.stereotype.Service;

/** A job finished: remember it for its report, then tell the person who started it. */
@Service
public class JobCompletedHandler {
  private final JobStore jobs;
  private final JobNotices notices;
  private final Notifier notifier;

  public JobCompletedHandler(JobStore jobs, JobNotices notices, Notifier notifier) {
    this.jobs = jobs;
    this.notices = notices;
    this.notifier = notifier;
  }

  public void handle(Envelope<?> envelope, EnablementJobCompleted job) {
    jobs.recordCompletion(envelope, job);
    notifier.deliver(notices.forRequester(envelope, job));
  }
}
