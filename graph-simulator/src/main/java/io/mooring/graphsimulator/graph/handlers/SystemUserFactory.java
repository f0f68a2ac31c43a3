package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.GraphException;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.IdGenerator;
import io.mooring.graphsimulator.world.Role;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.time.Instant;

/** Creates system users within the business's caps. Callers synchronise on the business. */
final class SystemUserFactory {
  private SystemUserFactory() {}

  static SystemUser create(
      World world,
      Business business,
      String name,
      Role role,
      Instant now,
      String createdByBusinessId) {
    int cap = role == Role.ADMIN ? business.adminSystemUserCap() : business.systemUserCap();
    long existing =
        business.systemUserIds().stream()
            .map(world::systemUser)
            .filter(su -> su != null && !su.removed() && su.role() == role)
            .count();
    if (existing >= cap) {
      throw limitReached(business, role, cap);
    }
    SystemUser su =
        new SystemUser(
            world.ids().next(IdGenerator.SYSTEM_USER),
            name,
            business.id(),
            role,
            now,
            createdByBusinessId);
    world.add(su);
    return su;
  }

  /** UNCONFIRMED: Meta documents a per-business limit but not its error; this is our choice. */
  private static GraphException limitReached(Business business, Role role, int cap) {
    return GraphErrors.invalidParameter(
        "Business "
            + business.id()
            + " has reached its limit of "
            + cap
            + " "
            + role.name()
            + " system user(s)");
  }
}
