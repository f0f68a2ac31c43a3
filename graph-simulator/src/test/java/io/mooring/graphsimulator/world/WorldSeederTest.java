package io.mooring.graphsimulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.graphsimulator.support.TestProperties;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldSeederTest {

  @Test
  void seedsMoreThanTwoThousandPagesInEveryCategory() {
    SeededWorld seeded = new WorldSeeder(TestProperties.withSeed(42)).seed();
    DemoWorld view = seeded.view();
    assertThat(view.totalPages()).isGreaterThanOrEqualTo(2000);
    assertThat(seeded.world().pages()).hasSize(view.totalPages());
    assertThat(view.clientBusinesses()).hasSizeGreaterThanOrEqualTo(5);
    DemoWorld.ClientBusiness client = view.clientBusinesses().get(0);
    assertThat(client.adminPersonIds()).isNotEmpty();
    assertThat(client.employeePersonIds()).isNotEmpty();
    assertThat(view.pagesOwnedBy(client.id())).isNotEmpty();
    assertThat(view.clientPagesOf(client.id())).isNotEmpty();
    assertThat(view.restrictedClientPagesOf(client.id())).isNotEmpty();
    assertThat(view.pagesWithoutBusiness()).isNotEmpty();
    assertThat(view.appPlatformDisabledPages()).isNotEmpty();
    assertThat(view.unconnectedBusinesses()).isNotEmpty();
    assertThat(view.clientBusinesses()).anyMatch(DemoWorld.ClientBusiness::oboConnected);
    assertThat(seeded.world().page(view.nonExistentPageId())).isNull();
  }

  @Test
  void categoriesHaveTheStateTheirNameSays() {
    SeededWorld seeded = new WorldSeeder(TestProperties.withSeed(42)).seed();
    World world = seeded.world();
    DemoWorld view = seeded.view();
    for (String id : view.pagesWithoutBusiness()) {
      assertThat(world.page(id).ownerBusinessId()).isNull();
    }
    for (String id : view.appPlatformDisabledPages()) {
      assertThat(world.page(id).appPlatformEnabled()).isFalse();
    }
    DemoWorld.ClientBusiness client = view.clientBusinesses().get(0);
    String admin = client.adminPersonIds().get(0);
    for (String id : view.restrictedClientPagesOf(client.id())) {
      assertThat(world.tasksOn(admin, world.page(id)))
          .doesNotContain(PageTasks.MANAGE)
          .isNotEmpty();
    }
    for (String id : view.clientPagesOf(client.id())) {
      assertThat(world.tasksOn(admin, world.page(id))).contains(PageTasks.MANAGE);
    }
    App app = world.mooringApp();
    assertThat(app.ownerBusinessId()).isEqualTo(view.partnerBusinessId());
    assertThat(world.systemUser(view.partnerAdminSystemUserId()).role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void sameSeedSameWorldOtherSeedOtherWorld() {
    SeededWorld a = new WorldSeeder(TestProperties.withSeed(7)).seed();
    SeededWorld b = new WorldSeeder(TestProperties.withSeed(7)).seed();
    SeededWorld c = new WorldSeeder(TestProperties.withSeed(8)).seed();
    assertThat(a.partnerAdminSystemUserToken()).isEqualTo(b.partnerAdminSystemUserToken());
    assertThat(ids(a)).isEqualTo(ids(b));
    assertThat(ids(a)).isNotEqualTo(ids(c));
    assertThat(a.partnerAdminSystemUserToken()).isNotEqualTo(c.partnerAdminSystemUserToken());
  }

  @Test
  void idsAreUniqueAcrossKinds() {
    World world = new WorldSeeder(TestProperties.withSeed(42)).seed().world();
    Set<String> all = new HashSet<>();
    world.pages().keySet().forEach(id -> assertThat(all.add(id)).isTrue());
    world.businesses().keySet().forEach(id -> assertThat(all.add(id)).isTrue());
    world.persons().keySet().forEach(id -> assertThat(all.add(id)).isTrue());
    world.systemUsers().keySet().forEach(id -> assertThat(all.add(id)).isTrue());
  }

  private static List<String> ids(SeededWorld seeded) {
    return seeded.view().clientBusinesses().stream()
        .flatMap(b -> seeded.view().pagesOwnedBy(b.id()).stream())
        .toList();
  }
}
