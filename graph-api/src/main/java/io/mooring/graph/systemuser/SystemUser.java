package io.mooring.graph.systemuser;

/**
 * A system user. Its {@code id} is app-scoped: use it in API calls.
 *
 * @param name null when Meta omitted it
 */
public record SystemUser(String id, String name, SystemUserRole role) {}
