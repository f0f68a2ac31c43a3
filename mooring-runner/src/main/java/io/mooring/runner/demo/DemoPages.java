package io.mooring.runner.demo;

import io.mooring.runner.simulator.SimulatorWorld;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pages of the demo's bulk job: mostly the connected Business Manager's own pages, plus about
 * one in ten that cannot move, of every kind the demo world has (a page Meta does not know, pages
 * in no business, pages owned by a Business Manager that is not connected, another customer's
 * pages).
 */
public final class DemoPages {
  private DemoPages() {}

  /** The selection, with how many of its pages belong to the connected Business Manager. */
  public record Selection(List<String> pageIds, int ownPages) {
    public int otherPages() {
      return pageIds.size() - ownPages;
    }
  }

  public static Selection select(SimulatorWorld world, String businessManagerId, int total) {
    SimulatorWorld.ClientBusiness business =
        world.clientBusinesses().stream()
            .filter(b -> b.id().equals(businessManagerId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Business Manager " + businessManagerId + " is not in the demo world"));

    List<String> cannotMove = new ArrayList<>();
    cannotMove.add(world.nonExistentPageId());
    cannotMove.addAll(business.adminPagesWithoutBusiness());
    cannotMove.addAll(business.clientPageIds());
    cannotMove.addAll(business.restrictedClientPageIds());
    for (SimulatorWorld.ClientBusiness other : world.clientBusinesses()) {
      if (!other.id().equals(businessManagerId)) {
        cannotMove.addAll(other.ownedPageIds());
      }
    }

    int wantedOthers = Math.max(1, total / 10);
    int own = Math.min(business.ownedPageIds().size(), total - Math.min(wantedOthers, total - 1));
    Set<String> pages = new LinkedHashSet<>(business.ownedPageIds().subList(0, Math.max(own, 0)));
    for (String page : cannotMove) {
      if (pages.size() >= total) {
        break;
      }
      pages.add(page);
    }
    if (pages.size() < total) {
      throw new IllegalStateException(
          "the demo world has only " + pages.size() + " pages for a job of " + total);
    }
    return new Selection(List.copyOf(pages), own);
  }
}
