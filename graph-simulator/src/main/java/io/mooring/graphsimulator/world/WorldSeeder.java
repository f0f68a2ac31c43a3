package io.mooring.graphsimulator.world;

import io.mooring.graphsimulator.config.SimulatorProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the demo world from configuration. Everything that differs between runs comes from the
 * seed, so the same configuration always gives the same ids, names and token.
 */
public final class WorldSeeder {
  private static final Instant SEED_EPOCH = Instant.parse("2025-01-15T09:00:00Z");

  private final SimulatorProperties properties;

  public WorldSeeder(SimulatorProperties properties) {
    this.properties = properties;
  }

  public SeededWorld seed() {
    SimulatorProperties.World cfg = properties.world();
    IdGenerator ids = new IdGenerator(cfg.seed());
    NameGenerator names = new NameGenerator(cfg.seed());
    SimulatorProperties.App appCfg = properties.app();
    ids.reserve(appCfg.id());

    Business partner = business(ids, properties.partner().businessName(), BusinessKind.PARTNER);
    World world = new World(ids, partner.id(), appCfg.id());
    world.add(partner);
    Person partnerAdmin = person(ids, names);
    world.add(partnerAdmin);
    partner.addPerson(partnerAdmin, Role.ADMIN);

    App app =
        new App(
            appCfg.id(),
            appCfg.name(),
            appCfg.secret(),
            partner.id(),
            appCfg.requireAppSecret(),
            appCfg.loginConfigId(),
            appCfg.loginScopes());
    world.add(app);
    partner.installedAppIds().add(app.id());

    SystemUser partnerAdminSu =
        new SystemUser(
            ids.next(IdGenerator.SYSTEM_USER),
            properties.partner().adminSystemUserName(),
            partner.id(),
            Role.ADMIN,
            SEED_EPOCH,
            null);
    partnerAdminSu.installedAppIds().add(app.id());
    world.add(partnerAdminSu);
    world.setPartnerAdminSystemUserId(partnerAdminSu.id());
    String configuredToken = properties.partner().adminSystemUserToken();
    String partnerToken =
        configuredToken == null || configuredToken.isBlank()
            ? "EAAM" + ids.nextAlphanumeric(140)
            : configuredToken;

    Map<String, List<String>> ownedPages = new HashMap<>();
    Map<String, List<String>> clientPages = new HashMap<>();
    Map<String, List<String>> restrictedClientPages = new HashMap<>();
    Map<String, List<String>> noBusinessByAdmin = new HashMap<>();
    List<String> disabledPages = new ArrayList<>();
    List<DemoWorld.PersonInfo> personInfos = new ArrayList<>();
    personInfos.add(info(partnerAdmin));
    int totalPages = 0;

    // Unconnected ("other") businesses first: their pages are shared with clients below.
    List<DemoWorld.OtherBusiness> others = new ArrayList<>();
    List<String> shareablePages = new ArrayList<>();
    String otherAppId = null;
    String otherAppSecret = null;
    for (int i = 0; i < cfg.unconnectedBusinesses(); i++) {
      Business other = business(ids, names.business(), BusinessKind.OTHER);
      world.add(other);
      Person admin = person(ids, names);
      world.add(admin);
      other.addPerson(admin, Role.ADMIN);
      personInfos.add(info(admin));
      List<String> pages =
          createOwnedPages(world, ids, names, other, cfg.pagesPerUnconnectedBusiness());
      totalPages += pages.size();
      ownedPages.put(other.id(), pages);
      shareablePages.addAll(pages);
      others.add(new DemoWorld.OtherBusiness(other.id(), other.name(), List.of(admin.id())));
      if (i == 0) {
        otherAppId = ids.next(IdGenerator.APP);
        otherAppSecret = ids.nextAlphanumeric(32).toLowerCase();
        world.add(
            new App(
                otherAppId,
                other.name() + " App",
                otherAppSecret,
                other.id(),
                true,
                ids.next(IdGenerator.APP),
                appCfg.loginScopes()));
      }
    }

    // Pages that belong to no business; some are managed personally by client admins.
    List<String> noBusiness = new ArrayList<>();
    for (int i = 0; i < cfg.pagesWithoutBusiness(); i++) {
      Page page = page(ids, names, null);
      world.add(page);
      noBusiness.add(page.id());
    }
    totalPages += noBusiness.size();
    int noBusinessCursor = 0;
    int shareCursor = 0;

    List<DemoWorld.ClientBusiness> clients = new ArrayList<>();
    int preConnectedFrom = cfg.clientBusinesses() - cfg.preConnectedClients();
    for (int i = 0; i < cfg.clientBusinesses(); i++) {
      Business client = business(ids, names.business(), BusinessKind.CLIENT);
      world.add(client);
      List<String> adminIds = new ArrayList<>();
      int adminCount = i == 0 ? 2 : 1;
      for (int a = 0; a < adminCount; a++) {
        Person admin = person(ids, names);
        world.add(admin);
        client.addPerson(admin, Role.ADMIN);
        adminIds.add(admin.id());
        personInfos.add(info(admin));
      }
      List<String> employeeIds = new ArrayList<>();
      List<Person> employees = new ArrayList<>();
      for (int e = 0; e < cfg.employeesPerClient(); e++) {
        Person employee = person(ids, names);
        world.add(employee);
        client.addPerson(employee, Role.EMPLOYEE);
        employeeIds.add(employee.id());
        employees.add(employee);
        personInfos.add(info(employee));
      }

      List<String> pages = createOwnedPages(world, ids, names, client, cfg.ownedPagesPerClient());
      totalPages += pages.size();
      ownedPages.put(client.id(), pages);
      for (int d = 0; d < cfg.appPlatformDisabledPagesPerClient() && d < pages.size(); d++) {
        String pageId = pages.get(pages.size() - 1 - d);
        world.page(pageId).setAppPlatformEnabled(false);
        disabledPages.add(pageId);
      }
      // Employees run a few pages each, with editor-like tasks.
      for (int e = 0; e < employees.size(); e++) {
        for (int p = e * 3; p < e * 3 + 3 && p < pages.size(); p++) {
          world.assignTasks(
              world.page(pages.get(p)),
              employees.get(e).id(),
              PageTasks.ordered(PageTasks.CREATE_CONTENT, PageTasks.MODERATE, PageTasks.ANALYZE));
        }
      }

      List<String> shared = new ArrayList<>();
      List<String> restricted = new ArrayList<>();
      int wanted = cfg.clientPagesPerClient() + cfg.restrictedClientPagesPerClient();
      for (int s = 0; s < wanted && !shareablePages.isEmpty(); s++) {
        Page page = world.page(shareablePages.get(shareCursor++ % shareablePages.size()));
        boolean full = s < cfg.clientPagesPerClient();
        page.agencyShares()
            .put(
                client.id(),
                full
                    ? PageTasks.ordered(
                        PageTasks.MANAGE,
                        PageTasks.CREATE_CONTENT,
                        PageTasks.MODERATE,
                        PageTasks.ADVERTISE,
                        PageTasks.ANALYZE)
                    : PageTasks.ANALYST_ADVERTISER);
        client.clientPageIds().add(page.id());
        (full ? shared : restricted).add(page.id());
      }
      clientPages.put(client.id(), shared);
      restrictedClientPages.put(client.id(), restricted);

      for (String adminId : adminIds) {
        List<String> personal = new ArrayList<>();
        for (int p = 0;
            p < cfg.pagesWithoutBusinessPerAdmin() && noBusinessCursor < noBusiness.size();
            p++) {
          String pageId = noBusiness.get(noBusinessCursor++);
          world.assignTasks(world.page(pageId), adminId, PageTasks.FULL_CONTROL);
          personal.add(pageId);
        }
        noBusinessByAdmin.put(adminId, personal);
      }

      boolean preConnected = i >= preConnectedFrom;
      if (preConnected) {
        client.oboPartnerIds().add(partner.id());
      }
      clients.add(
          new DemoWorld.ClientBusiness(
              client.id(),
              client.name(),
              List.copyOf(adminIds),
              List.copyOf(employeeIds),
              preConnected));
    }

    String nonExistentPageId = ids.next(IdGenerator.PAGE);
    DemoWorld view =
        new DemoWorld(
            partner.id(),
            partner.name(),
            partnerAdmin.id(),
            partnerAdminSu.id(),
            app.id(),
            otherAppId,
            otherAppSecret,
            clients,
            others,
            ownedPages,
            clientPages,
            restrictedClientPages,
            noBusiness,
            noBusinessByAdmin,
            disabledPages,
            personInfos,
            nonExistentPageId,
            totalPages);
    return new SeededWorld(world, view, partnerToken);
  }

  private static List<String> createOwnedPages(
      World world, IdGenerator ids, NameGenerator names, Business owner, int count) {
    List<String> pageIds = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      Page page = page(ids, names, owner.id());
      world.add(page);
      owner.ownedPageIds().add(page.id());
      pageIds.add(page.id());
    }
    return pageIds;
  }

  private static Page page(IdGenerator ids, NameGenerator names, String ownerBusinessId) {
    String category = PageCategories.NAMES.get(names.nextInt(PageCategories.NAMES.size()));
    return new Page(
        ids.next(IdGenerator.PAGE),
        names.page(names.brand()),
        category,
        ownerBusinessId,
        50 + names.nextInt(50_000));
  }

  private Business business(IdGenerator ids, String name, BusinessKind kind) {
    SimulatorProperties.World cfg = properties.world();
    return new Business(
        ids.next(IdGenerator.BUSINESS),
        name,
        kind,
        SEED_EPOCH,
        cfg.systemUserCap(),
        cfg.adminSystemUserCap());
  }

  private static Person person(IdGenerator ids, NameGenerator names) {
    String[] name = names.person();
    String id = ids.next(IdGenerator.PERSON);
    String email =
        (name[0] + "." + name[1]).toLowerCase()
            + "."
            + id.substring(id.length() - 4)
            + "@example.com";
    return new Person(id, name[0] + " " + name[1], email);
  }

  private static DemoWorld.PersonInfo info(Person person) {
    return new DemoWorld.PersonInfo(person.id(), person.name(), person.email());
  }
}
