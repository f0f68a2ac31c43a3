package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.PageCategories;
import java.util.List;
import java.util.Map;

/** Public Page fields, shared by the node read and the edges that list pages. */
final class PageView {
  private PageView() {}

  /** Puts a public field into {@code out}; returns false if the field is not a public one. */
  static boolean putPublic(Map<String, Object> out, Page page, String field) {
    switch (field) {
      case "id" -> out.put("id", page.id());
      case "name" -> out.put("name", page.name());
      case "category" -> out.put("category", page.category());
      case "category_list" ->
          out.put(
              "category_list",
              List.of(Map.of("id", PageCategories.idOf(page.category()), "name", page.category())));
      case "link" -> out.put("link", "https://www.facebook.com/" + page.id());
      case "fan_count" -> out.put("fan_count", page.fanCount());
      case "followers_count" -> out.put("followers_count", page.fanCount());
      case "is_published" -> out.put("is_published", true);
      case "verification_status" -> out.put("verification_status", "not_verified");
      default -> {
        return false;
      }
    }
    return true;
  }

  static void putPublicOrFail(Map<String, Object> out, Page page, String field) {
    if (!putPublic(out, page, field)) {
      throw GraphErrors.nonexistingField(field, "Page");
    }
  }
}
