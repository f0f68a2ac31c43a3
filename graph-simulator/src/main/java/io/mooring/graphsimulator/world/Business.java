package io.mooring.graphsimulator.world;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Business Manager: people with roles, system users, owned and client pages, OBO partners. */
public final class Business {
  private final String id;
  private final String name;
  private final BusinessKind kind;
  private final Instant createdTime;
  private final Map<String, Role> personRoles = new ConcurrentHashMap<>();
  private final List<String> systemUserIds = new CopyOnWriteArrayList<>();
  private final List<String> ownedPageIds = new CopyOnWriteArrayList<>();
  private final List<String> clientPageIds = new CopyOnWriteArrayList<>();
  private final Set<String> oboPartnerIds = ConcurrentHashMap.newKeySet();
  private final Set<String> installedAppIds = ConcurrentHashMap.newKeySet();
  private volatile int systemUserCap;
  private volatile int adminSystemUserCap;

  public Business(
      String id,
      String name,
      BusinessKind kind,
      Instant createdTime,
      int systemUserCap,
      int adminSystemUserCap) {
    this.id = id;
    this.name = name;
    this.kind = kind;
    this.createdTime = createdTime;
    this.systemUserCap = systemUserCap;
    this.adminSystemUserCap = adminSystemUserCap;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public BusinessKind kind() {
    return kind;
  }

  public Instant createdTime() {
    return createdTime;
  }

  public Role roleOf(String personId) {
    return personRoles.get(personId);
  }

  public Map<String, Role> personRoles() {
    return personRoles;
  }

  public void addPerson(Person person, Role role) {
    personRoles.put(person.id(), role);
    person.joinBusiness(id);
  }

  public List<String> systemUserIds() {
    return systemUserIds;
  }

  public List<String> ownedPageIds() {
    return ownedPageIds;
  }

  public List<String> clientPageIds() {
    return clientPageIds;
  }

  /** Partner businesses that may act on behalf of this one. */
  public Set<String> oboPartnerIds() {
    return oboPartnerIds;
  }

  public Set<String> installedAppIds() {
    return installedAppIds;
  }

  public int systemUserCap() {
    return systemUserCap;
  }

  public int adminSystemUserCap() {
    return adminSystemUserCap;
  }

  public void setSystemUserCap(int cap) {
    this.systemUserCap = cap;
  }
}
