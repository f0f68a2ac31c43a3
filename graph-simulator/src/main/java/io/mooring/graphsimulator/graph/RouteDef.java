package io.mooring.graphsimulator.graph;

/**
 * One operation: its name (for fault injection and logs), handler, and auth needs. {@code
 * proofAlways} marks calls that require appsecret_proof even when the app does not.
 */
public record RouteDef(
    String operation, GraphHandler handler, boolean needsToken, boolean proofAlways) {}
