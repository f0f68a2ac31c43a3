package io.mooring.graphsimulator.world;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Facebook Page: owned by at most one business, shared with agency businesses (client pages) with
 * permitted tasks, explicit task assignments per user, and app webhook subscriptions.
 */
public final class Page {
  private final String id;
  private final String name;
  private final String category;
  private final String ownerBusinessId;
  private final long fanCount;
  private final Map<String, Set<String>> agencyShares = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> assignedTasks = new ConcurrentHashMap<>();
  private final Set<String> removedRoleHolders = ConcurrentHashMap.newKeySet();
  private final Map<String, List<String>> subscribedApps = new ConcurrentHashMap<>();
  private volatile boolean appPlatformEnabled = true;

  public Page(String id, String name, String category, String ownerBusinessId, long fanCount) {
    this.id = id;
    this.name = name;
    this.category = category;
    this.ownerBusinessId = ownerBusinessId;
    this.fanCount = fanCount;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String category() {
    return category;
  }

  /** Null when the page belongs to no business. */
  public String ownerBusinessId() {
    return ownerBusinessId;
  }

  public long fanCount() {
    return fanCount;
  }

  /** Businesses this page is shared with as a client page, with the tasks they were permitted. */
  public Map<String, Set<String>> agencyShares() {
    return agencyShares;
  }

  /** Explicit tasks per person or system user id (immutable sets). */
  public Map<String, Set<String>> assignedTasks() {
    return assignedTasks;
  }

  public Set<String> tasksOf(String userId) {
    return assignedTasks.getOrDefault(userId, Set.of());
  }

  public void assignTasks(String userId, Set<String> tasks) {
    assignedTasks.put(userId, Set.copyOf(tasks));
    removedRoleHolders.remove(userId);
  }

  /** Removes the user's role; its page tokens and calls on this page then fail with 190/492. */
  public boolean removeRole(String userId) {
    boolean had = assignedTasks.remove(userId) != null;
    removedRoleHolders.add(userId);
    return had;
  }

  public boolean roleRemoved(String userId) {
    return removedRoleHolders.contains(userId);
  }

  public Set<String> removedRoleHolders() {
    return removedRoleHolders;
  }

  public Map<String, List<String>> subscribedApps() {
    return subscribedApps;
  }

  public boolean appPlatformEnabled() {
    return appPlatformEnabled;
  }

  public void setAppPlatformEnabled(boolean enabled) {
    this.appPlatformEnabled = enabled;
  }
}
