package io.mooring.graphsimulator.world;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A system user of one business. It cannot be deleted through the API; its tokens can all be
 * invalidated at once (the token generation), and an OBO removal takes it out of its business.
 */
public final class SystemUser {
  private final String id;
  private final String businessId;
  private final Role role;
  private final Instant createdTime;
  private final String createdByBusinessId;
  private final Set<String> installedAppIds = ConcurrentHashMap.newKeySet();
  private final AtomicInteger tokenGeneration = new AtomicInteger();
  private volatile String name;
  private volatile boolean removed;

  public SystemUser(
      String id,
      String name,
      String businessId,
      Role role,
      Instant createdTime,
      String createdByBusinessId) {
    this.id = id;
    this.name = name;
    this.businessId = businessId;
    this.role = role;
    this.createdTime = createdTime;
    this.createdByBusinessId = createdByBusinessId;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public String businessId() {
    return businessId;
  }

  public Role role() {
    return role;
  }

  public Instant createdTime() {
    return createdTime;
  }

  /** The partner business that created it through On-Behalf-Of, or null. */
  public String createdByBusinessId() {
    return createdByBusinessId;
  }

  public Set<String> installedAppIds() {
    return installedAppIds;
  }

  public int tokenGeneration() {
    return tokenGeneration.get();
  }

  public void invalidateAllTokens() {
    tokenGeneration.incrementAndGet();
  }

  public boolean removed() {
    return removed;
  }

  public void markRemoved() {
    this.removed = true;
  }
}
