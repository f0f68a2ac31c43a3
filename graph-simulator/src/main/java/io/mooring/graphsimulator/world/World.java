package io.mooring.graphsimulator.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mutable in-memory Graph: every node by id, plus an index of explicit task holders. All
 * collections are concurrent; compound changes on a business synchronise on that business.
 */
public final class World {
  private final Map<String, Business> businesses = new ConcurrentHashMap<>();
  private final Map<String, Person> persons = new ConcurrentHashMap<>();
  private final Map<String, SystemUser> systemUsers = new ConcurrentHashMap<>();
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, App> apps = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> explicitPagesBySubject = new ConcurrentHashMap<>();
  private final IdGenerator ids;
  private final String partnerBusinessId;
  private final String appId;
  private volatile String partnerAdminSystemUserId;

  public World(IdGenerator ids, String partnerBusinessId, String appId) {
    this.ids = ids;
    this.partnerBusinessId = partnerBusinessId;
    this.appId = appId;
  }

  public IdGenerator ids() {
    return ids;
  }

  public String partnerBusinessId() {
    return partnerBusinessId;
  }

  public String appId() {
    return appId;
  }

  public String partnerAdminSystemUserId() {
    return partnerAdminSystemUserId;
  }

  void setPartnerAdminSystemUserId(String id) {
    this.partnerAdminSystemUserId = id;
  }

  public App mooringApp() {
    return apps.get(appId);
  }

  public void add(Business business) {
    ids.reserve(business.id());
    businesses.put(business.id(), business);
  }

  public void add(Person person) {
    ids.reserve(person.id());
    persons.put(person.id(), person);
  }

  public void add(SystemUser systemUser) {
    ids.reserve(systemUser.id());
    systemUsers.put(systemUser.id(), systemUser);
    Business business = businesses.get(systemUser.businessId());
    if (business != null) {
      business.systemUserIds().add(systemUser.id());
    }
  }

  public void add(Page page) {
    ids.reserve(page.id());
    pages.put(page.id(), page);
  }

  public void add(App app) {
    ids.reserve(app.id());
    apps.put(app.id(), app);
  }

  public Business business(String id) {
    return id == null ? null : businesses.get(id);
  }

  public Person person(String id) {
    return id == null ? null : persons.get(id);
  }

  public SystemUser systemUser(String id) {
    return id == null ? null : systemUsers.get(id);
  }

  public Page page(String id) {
    return id == null ? null : pages.get(id);
  }

  public App app(String id) {
    return id == null ? null : apps.get(id);
  }

  public Map<String, Business> businesses() {
    return Collections.unmodifiableMap(businesses);
  }

  public Map<String, Person> persons() {
    return Collections.unmodifiableMap(persons);
  }

  public Map<String, Page> pages() {
    return Collections.unmodifiableMap(pages);
  }

  public Map<String, SystemUser> systemUsers() {
    return Collections.unmodifiableMap(systemUsers);
  }

  /** Sets the explicit tasks of a person or system user on a page. */
  public void assignTasks(Page page, String userId, Set<String> tasks) {
    page.assignTasks(userId, tasks);
    explicitPagesBySubject
        .computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet())
        .add(page.id());
  }

  /** Removes a user's role on the page; returns whether it had explicit tasks. */
  public boolean removeRole(Page page, String userId) {
    Set<String> index = explicitPagesBySubject.get(userId);
    if (index != null) {
      index.remove(page.id());
    }
    return page.removeRole(userId);
  }

  /**
   * A user's effective tasks: explicit ones, full control as owner-business admin, agency grants.
   */
  public Set<String> tasksOn(String userId, Page page) {
    Set<String> explicit = page.tasksOf(userId);
    Person person = persons.get(userId);
    if (person == null) {
      return explicit;
    }
    Set<String> tasks = null;
    Business owner = business(page.ownerBusinessId());
    if (owner != null && owner.roleOf(userId) == Role.ADMIN) {
      tasks = new LinkedHashSet<>(PageTasks.FULL_CONTROL);
    }
    for (Map.Entry<String, Set<String>> share : page.agencyShares().entrySet()) {
      Business agency = businesses.get(share.getKey());
      if (agency != null && agency.roleOf(userId) == Role.ADMIN) {
        tasks = tasks == null ? new LinkedHashSet<>() : tasks;
        tasks.addAll(share.getValue());
      }
    }
    if (tasks == null) {
      return explicit;
    }
    tasks.addAll(explicit);
    return tasks;
  }

  /** Ids of pages on which the user can perform at least one task, sorted for stable paging. */
  public List<String> pagesWithTasks(String userId) {
    TreeSet<String> result = new TreeSet<>(explicitPagesBySubject.getOrDefault(userId, Set.of()));
    Person person = persons.get(userId);
    if (person != null) {
      for (String businessId : person.businessIds()) {
        Business business = businesses.get(businessId);
        if (business != null && business.roleOf(userId) == Role.ADMIN) {
          result.addAll(business.ownedPageIds());
          result.addAll(business.clientPageIds());
        }
      }
    }
    List<String> withTasks = new ArrayList<>(result.size());
    for (String pageId : result) {
      Page page = pages.get(pageId);
      if (page != null && !tasksOn(userId, page).isEmpty()) {
        withTasks.add(pageId);
      }
    }
    return withTasks;
  }

  /** The role of a person or system user in a business, or null when not a member. */
  public Role roleIn(String userId, String businessId) {
    Business business = business(businessId);
    if (business == null) {
      return null;
    }
    Role personRole = business.roleOf(userId);
    if (personRole != null) {
      return personRole;
    }
    SystemUser systemUser = systemUsers.get(userId);
    if (systemUser != null && !systemUser.removed() && businessId.equals(systemUser.businessId())) {
      return systemUser.role();
    }
    return null;
  }

  /** Admin system users of a partner that has an On-Behalf-Of relationship with the business. */
  public boolean isOboPartnerAdmin(String userId, String businessId) {
    SystemUser systemUser = systemUsers.get(userId);
    Business business = business(businessId);
    return systemUser != null
        && business != null
        && !systemUser.removed()
        && systemUser.role() == Role.ADMIN
        && business.oboPartnerIds().contains(systemUser.businessId());
  }

  /** Businesses that own the page or had it shared with them. */
  public boolean businessHasPage(String businessId, Page page) {
    return businessId.equals(page.ownerBusinessId()) || page.agencyShares().containsKey(businessId);
  }
}
