package io.mooring.graph.me;

/**
 * The token's own user or system user ({@code GET /me}).
 *
 * @param name null when Meta omitted it
 */
public record Me(String id, String name) {}
