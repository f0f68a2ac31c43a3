package io.mooring.graphsimulator.admin;

import io.mooring.graphsimulator.world.DemoWorld;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo world view as JSON for {@code GET /_simulator/world}. */
final class DemoWorldJson {
  private DemoWorldJson() {}

  static Map<String, Object> of(DemoWorld world) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("partnerBusinessId", world.partnerBusinessId());
    out.put("partnerBusinessName", world.partnerBusinessName());
    out.put("partnerAdminPersonId", world.partnerAdminPersonId());
    out.put("partnerAdminSystemUserId", world.partnerAdminSystemUserId());
    out.put("appId", world.appId());
    out.put("otherAppId", world.otherAppId());
    out.put("totalPages", world.totalPages());
    out.put("nonExistentPageId", world.nonExistentPageId());
    out.put(
        "clientBusinesses",
        world.clientBusinesses().stream()
            .map(
                b -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("id", b.id());
                  entry.put("name", b.name());
                  entry.put("adminPersonIds", b.adminPersonIds());
                  entry.put("employeePersonIds", b.employeePersonIds());
                  entry.put("oboConnected", b.oboConnected());
                  entry.put("ownedPageIds", world.pagesOwnedBy(b.id()));
                  entry.put("clientPageIds", world.clientPagesOf(b.id()));
                  entry.put("restrictedClientPageIds", world.restrictedClientPagesOf(b.id()));
                  entry.put(
                      "adminPagesWithoutBusiness",
                      b.adminPersonIds().stream()
                          .flatMap(id -> world.pagesWithoutBusinessManagedBy(id).stream())
                          .toList());
                  return entry;
                })
            .toList());
    out.put(
        "unconnectedBusinesses",
        world.unconnectedBusinesses().stream()
            .map(
                b ->
                    Map.of(
                        "id", b.id(),
                        "name", b.name(),
                        "adminPersonIds", b.adminPersonIds(),
                        "ownedPageIds", world.pagesOwnedBy(b.id())))
            .toList());
    out.put("pagesWithoutBusiness", world.pagesWithoutBusiness());
    out.put("appPlatformDisabledPages", world.appPlatformDisabledPages());
    List<Map<String, String>> persons =
        world.persons().stream()
            .map(p -> Map.of("id", p.id(), "name", p.name(), "email", p.email()))
            .toList();
    out.put("persons", persons);
    return out;
  }
}
