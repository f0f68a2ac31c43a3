package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.SystemUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET /me} and {@code GET /{user-id}} for people and system users. */
@Component
public class UserNodeHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name");

  public Object read(CallContext ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    Object node = ctx.node();
    for (String field : ctx.fields(DEFAULT_FIELDS)) {
      if (node instanceof Person person) {
        putPersonField(ctx, out, person, field);
      } else {
        putSystemUserField(out, (SystemUser) node, field);
      }
    }
    out.remove("id");
    out.put("id", ((node instanceof Person p) ? p.id() : ((SystemUser) node).id()));
    return out;
  }

  private static void putPersonField(
      CallContext ctx, Map<String, Object> out, Person person, String field) {
    switch (field) {
      case "id" -> {}
      case "name" -> out.put("name", person.name());
      case "email" -> {
        boolean self = person.id().equals(ctx.caller().userId());
        if (self && ctx.caller().hasScope("email")) {
          out.put("email", person.email());
        }
      }
      default -> throw GraphErrors.nonexistingField(field, "User");
    }
  }

  private static void putSystemUserField(Map<String, Object> out, SystemUser su, String field) {
    switch (field) {
      case "id" -> {}
      case "name" -> out.put("name", su.name());
      case "created_time" -> out.put("created_time", su.createdTime().toString());
      // UNCONFIRMED at Meta for plain system users; Meta documents it for BISU tokens.
      case "client_business_id" -> out.put("client_business_id", su.businessId());
      default -> throw GraphErrors.nonexistingField(field, "User");
    }
  }

  static void requireSelf(CallContext ctx, String userId) {
    if (!userId.equals(ctx.caller().userId())) {
      throw GraphErrors.permissionDenied(
          "This edge can only be read for the user of the access token");
    }
  }
}
