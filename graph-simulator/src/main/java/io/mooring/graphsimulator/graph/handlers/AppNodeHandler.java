package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.world.App;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code GET /{app-id}}. */
@Component
public class AppNodeHandler {
  private static final List<String> DEFAULT_FIELDS = List.of("id", "name", "link", "category");

  public Object read(CallContext ctx) {
    App app = (App) ctx.node();
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : ctx.fields(DEFAULT_FIELDS)) {
      switch (field) {
        case "id" -> {}
        case "name" -> out.put("name", app.name());
        case "link" -> out.put("link", "https://www.facebook.com/" + app.id());
        case "category" -> out.put("category", "Business");
        default -> throw GraphErrors.nonexistingField(field, "Application");
      }
    }
    out.put("id", app.id());
    return out;
  }
}
