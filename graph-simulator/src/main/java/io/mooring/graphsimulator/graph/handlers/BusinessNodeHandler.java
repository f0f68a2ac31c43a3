package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.Access;
import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Scopes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET /{business-id}}. */
@Component
public class BusinessNodeHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name");

  public Object read(CallContext ctx) {
    if (!ctx.caller().isApp()) {
      Access.requireScope(ctx.caller(), Scopes.BUSINESS_MANAGEMENT);
    }
    Business business = ctx.business();
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : ctx.fields(DEFAULT_FIELDS)) {
      switch (field) {
        case "id" -> {}
        case "name" -> out.put("name", business.name());
        case "created_time" -> out.put("created_time", business.createdTime().toString());
        case "verification_status" -> out.put("verification_status", "not_verified");
        case "link" ->
            out.put("link", "https://business.facebook.com/settings/?business_id=" + business.id());
        default -> throw GraphErrors.nonexistingField(field, "Business");
      }
    }
    out.put("id", business.id());
    return out;
  }
}
