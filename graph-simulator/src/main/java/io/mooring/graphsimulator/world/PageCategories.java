package io.mooring.graphsimulator.world;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A few real Page categories with their category ids (as in {@code category_list}). */
public final class PageCategories {
  private static final Map<String, String> IDS = new LinkedHashMap<>();

  static {
    IDS.put("Local business", "2500");
    IDS.put("Restaurant", "273819889375819");
    IDS.put("Bakery", "197871390225897");
    IDS.put("Coffee shop", "128673187201735");
    IDS.put("Shopping & retail", "200600219953504");
    IDS.put("Health/beauty", "2214");
    IDS.put("Sports & recreation", "186982054657561");
    IDS.put("Art gallery", "197817313562497");
  }

  public static final List<String> NAMES = List.copyOf(IDS.keySet());

  private PageCategories() {}

  public static String idOf(String name) {
    return IDS.getOrDefault(name, "2500");
  }
}
