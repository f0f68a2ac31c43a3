package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.Caller;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.BusinessKind;
import io.mooring.graphsimulator.world.IdGenerator;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Role;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * On-Behalf-Of step 1 and its removal: {@code POST|DELETE /{partner-bm}/managed_businesses} with
 * the client admin's user token ({@code business_management}) for an app the partner owns.
 */
@Component
public class ManagedBusinessesHandler {
  private final SimulatorProperties properties;

  public ManagedBusinessesHandler(SimulatorProperties properties) {
    this.properties = properties;
  }

  public Object create(CallContext ctx) {
    World world = ctx.world();
    Business partner = ctx.business();
    Caller caller = checkCaller(ctx, partner);
    String existing = ctx.param("existing_client_business_id");
    Business client;
    if (existing != null) {
      client = clientBusiness(world, existing, partner);
      requireClientAdmin(world, caller, client);
    } else {
      String name = ctx.requireParam("name");
      ctx.requireParam("vertical");
      client =
          new Business(
              world.ids().next(IdGenerator.BUSINESS),
              name,
              BusinessKind.CLIENT,
              ctx.now(),
              properties.world().systemUserCap(),
              properties.world().adminSystemUserCap());
      world.add(client);
      client.addPerson(caller.person(), Role.ADMIN);
    }
    client.oboPartnerIds().add(partner.id());
    return Map.of("id", client.id());
  }

  /** Removes the relationship and the system users the partner created in the client business. */
  public Object delete(CallContext ctx) {
    World world = ctx.world();
    Business partner = ctx.business();
    Caller caller = checkCaller(ctx, partner);
    Business client =
        clientBusiness(world, ctx.requireParam("existing_client_business_id"), partner);
    requireClientAdmin(world, caller, client);
    synchronized (client) {
      client.oboPartnerIds().remove(partner.id());
      for (String suId : List.copyOf(client.systemUserIds())) {
        SystemUser su = world.systemUser(suId);
        if (su != null && partner.id().equals(su.createdByBusinessId()) && !su.removed()) {
          su.markRemoved();
          for (String pageId : world.pagesWithTasks(su.id())) {
            Page page = world.page(pageId);
            world.removeRole(page, su.id());
            page.removedRoleHolders().remove(su.id());
          }
        }
      }
      client.installedAppIds().remove(caller.app().id());
    }
    return Map.of("success", true);
  }

  private static Caller checkCaller(CallContext ctx, Business partner) {
    Caller caller = ctx.caller();
    if (!caller.isUser()) {
      throw GraphErrors.permissionDenied(
          "On-Behalf-Of relationships are managed with the user access token of an admin of the"
              + " client business");
    }
    Access.requireScope(caller, Scopes.BUSINESS_MANAGEMENT);
    App app = caller.app();
    if (!partner.id().equals(app.ownerBusinessId())) {
      throw GraphErrors.permissionDenied(
          "The app "
              + app.id()
              + " is not owned by business "
              + partner.id()
              + "; On-Behalf-Of needs an app owned by the partner business");
    }
    return caller;
  }

  private static Business clientBusiness(World world, String id, Business partner) {
    Business client = world.business(id);
    if (client == null) {
      throw GraphErrors.invalidParameter(
          "Param existing_client_business_id must be the id of an existing business");
    }
    if (client.id().equals(partner.id())) {
      throw GraphErrors.invalidParameter("A business cannot manage itself");
    }
    return client;
  }

  private static void requireClientAdmin(World world, Caller caller, Business client) {
    if (client.roleOf(caller.userId()) != Role.ADMIN) {
      throw GraphErrors.permissionDenied(
          "The user must be an admin of business " + client.id() + " to change who manages it");
    }
  }
}
