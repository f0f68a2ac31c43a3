package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.enablement.FailuresByReason;
import java.util.List;

/** The counts of a job, computed from its pages. */
public record JobOutcome(
    int moved, int failed, int pending, List<FailuresByReason> failuresByReason) {}
