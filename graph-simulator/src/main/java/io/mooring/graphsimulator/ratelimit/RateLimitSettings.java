package io.mooring.graphsimulator.ratelimit;

import java.time.Duration;

/** Current budgets (calls per window); changed at run time through the admin API. */
public record RateLimitSettings(
    Duration window,
    int pageCallsPerWindow,
    int businessCallsPerWindow,
    int appCallsPerWindow,
    int userCallsPerWindow) {}
