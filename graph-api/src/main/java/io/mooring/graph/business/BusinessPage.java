package io.mooring.graph.business;

/**
 * A Page listed on a business's {@code owned_pages} or {@code client_pages} edge.
 *
 * @param name null when Meta omitted it
 */
public record BusinessPage(String id, String name) {}
