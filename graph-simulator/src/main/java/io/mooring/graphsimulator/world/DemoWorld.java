package io.mooring.graphsimulator.world;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of the seeded demo world, so tests and demos can pick ids by category. It is a
 * snapshot of the seed: the same seed always gives the same view (also after a reset).
 */
public final class DemoWorld {

  /** A person who can log in through the FLfB dialog. */
  public record PersonInfo(String id, String name, String email) {}

  /**
   * A Mooring customer. {@code oboConnected} is true when the On-Behalf-Of relationship with the
   * partner already exists in the seed (but no system user yet: "System User not set up").
   */
  public record ClientBusiness(
      String id,
      String name,
      List<String> adminPersonIds,
      List<String> employeePersonIds,
      boolean oboConnected) {}

  /** A business that owns pages but is not meant to be connected. */
  public record OtherBusiness(String id, String name, List<String> adminPersonIds) {}

  private final String partnerBusinessId;
  private final String partnerBusinessName;
  private final String partnerAdminPersonId;
  private final String partnerAdminSystemUserId;
  private final String appId;
  private final String otherAppId;
  private final String otherAppSecret;
  private final List<ClientBusiness> clientBusinesses;
  private final List<OtherBusiness> unconnectedBusinesses;
  private final Map<String, List<String>> ownedPages;
  private final Map<String, List<String>> clientPages;
  private final Map<String, List<String>> restrictedClientPages;
  private final List<String> pagesWithoutBusiness;
  private final Map<String, List<String>> pagesWithoutBusinessByAdmin;
  private final List<String> appPlatformDisabledPages;
  private final List<PersonInfo> persons;
  private final String nonExistentPageId;
  private final int totalPages;

  DemoWorld(
      String partnerBusinessId,
      String partnerBusinessName,
      String partnerAdminPersonId,
      String partnerAdminSystemUserId,
      String appId,
      String otherAppId,
      String otherAppSecret,
      List<ClientBusiness> clientBusinesses,
      List<OtherBusiness> unconnectedBusinesses,
      Map<String, List<String>> ownedPages,
      Map<String, List<String>> clientPages,
      Map<String, List<String>> restrictedClientPages,
      List<String> pagesWithoutBusiness,
      Map<String, List<String>> pagesWithoutBusinessByAdmin,
      List<String> appPlatformDisabledPages,
      List<PersonInfo> persons,
      String nonExistentPageId,
      int totalPages) {
    this.partnerBusinessId = partnerBusinessId;
    this.partnerBusinessName = partnerBusinessName;
    this.partnerAdminPersonId = partnerAdminPersonId;
    this.partnerAdminSystemUserId = partnerAdminSystemUserId;
    this.appId = appId;
    this.otherAppId = otherAppId;
    this.otherAppSecret = otherAppSecret;
    this.clientBusinesses = List.copyOf(clientBusinesses);
    this.unconnectedBusinesses = List.copyOf(unconnectedBusinesses);
    this.ownedPages = Map.copyOf(ownedPages);
    this.clientPages = Map.copyOf(clientPages);
    this.restrictedClientPages = Map.copyOf(restrictedClientPages);
    this.pagesWithoutBusiness = List.copyOf(pagesWithoutBusiness);
    this.pagesWithoutBusinessByAdmin = Map.copyOf(pagesWithoutBusinessByAdmin);
    this.appPlatformDisabledPages = List.copyOf(appPlatformDisabledPages);
    this.persons = List.copyOf(persons);
    this.nonExistentPageId = nonExistentPageId;
    this.totalPages = totalPages;
  }

  public String partnerBusinessId() {
    return partnerBusinessId;
  }

  public String partnerBusinessName() {
    return partnerBusinessName;
  }

  /** The real person who is admin of the partner business. */
  public String partnerAdminPersonId() {
    return partnerAdminPersonId;
  }

  public String partnerAdminSystemUserId() {
    return partnerAdminSystemUserId;
  }

  public String appId() {
    return appId;
  }

  /** An app owned by a non-partner business: On-Behalf-Of calls with it must fail. */
  public String otherAppId() {
    return otherAppId;
  }

  public String otherAppSecret() {
    return otherAppSecret;
  }

  public List<ClientBusiness> clientBusinesses() {
    return clientBusinesses;
  }

  public Optional<ClientBusiness> clientBusiness(String businessId) {
    return clientBusinesses.stream().filter(b -> b.id().equals(businessId)).findFirst();
  }

  public List<OtherBusiness> unconnectedBusinesses() {
    return unconnectedBusinesses;
  }

  /** Pages owned by the business (client, other or partner). */
  public List<String> pagesOwnedBy(String businessId) {
    return ownedPages.getOrDefault(businessId, List.of());
  }

  /** Pages shared with the business as client pages, with enough tasks to manage them. */
  public List<String> clientPagesOf(String businessId) {
    return clientPages.getOrDefault(businessId, List.of());
  }

  /**
   * Client pages shared with only ADVERTISE and ANALYZE: the business admin sees them but cannot
   * assign tasks on them ("permission denied").
   */
  public List<String> restrictedClientPagesOf(String businessId) {
    return restrictedClientPages.getOrDefault(businessId, List.of());
  }

  public List<String> pagesWithoutBusiness() {
    return pagesWithoutBusiness;
  }

  /** Pages without a business on which this person has a (personal) admin role. */
  public List<String> pagesWithoutBusinessManagedBy(String personId) {
    return pagesWithoutBusinessByAdmin.getOrDefault(personId, List.of());
  }

  public List<String> appPlatformDisabledPages() {
    return appPlatformDisabledPages;
  }

  public List<PersonInfo> persons() {
    return persons;
  }

  public Optional<PersonInfo> person(String personId) {
    return persons.stream().filter(p -> p.id().equals(personId)).findFirst();
  }

  /** A well-formed page id that does not exist ("page not found"). */
  public String nonExistentPageId() {
    return nonExistentPageId;
  }

  public int totalPages() {
    return totalPages;
  }
}
