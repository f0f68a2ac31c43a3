package io.mooring.graph.business;

/**
 * A Business Manager.
 *
 * @param name null when Meta omitted it
 */
public record Business(String id, String name) {}
