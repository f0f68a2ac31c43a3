package io.mooring.graphsimulator.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cursor paging as Meta does it: {@code limit}, {@code after}/{@code before} cursors, {@code
 * paging.cursors} and {@code paging.next}/{@code previous}. Cursors are opaque (base64 of the item
 * id). The {@code next} URL carries neither the token nor the proof.
 */
public final class Paging {
  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  private Paging() {}

  public static <T> Map<String, Object> page(
      CallContext ctx,
      List<T> items,
      Function<T, String> idOf,
      Function<T, Map<String, Object>> render) {
    int limit = limit(ctx.param("limit"));
    int start = 0;
    int end;
    String after = ctx.param("after");
    String before = ctx.param("before");
    if (after != null) {
      start = indexOf(items, idOf, decode(after)) + 1;
      end = Math.min(items.size(), start + limit);
    } else if (before != null) {
      end = Math.max(0, indexOf(items, idOf, decode(before)));
      start = Math.max(0, end - limit);
    } else {
      end = Math.min(items.size(), limit);
    }
    start = Math.min(start, items.size());
    end = Math.max(start, end);
    List<Map<String, Object>> data = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      data.add(render.apply(items.get(i)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    if (data.isEmpty()) {
      return body;
    }
    String first = encode(idOf.apply(items.get(start)));
    String last = encode(idOf.apply(items.get(end - 1)));
    Map<String, Object> paging = new LinkedHashMap<>();
    paging.put("cursors", Map.of("before", first, "after", last));
    if (start > 0) {
      paging.put("previous", link(ctx, limit, "before", first));
    }
    if (end < items.size()) {
      paging.put("next", link(ctx, limit, "after", last));
    }
    body.put("paging", paging);
    return body;
  }

  private static int limit(String raw) {
    if (raw == null) {
      return DEFAULT_LIMIT;
    }
    try {
      return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(raw)));
    } catch (NumberFormatException e) {
      throw GraphErrors.invalidParameter("Param limit must be a number");
    }
  }

  private static <T> int indexOf(List<T> items, Function<T, String> idOf, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (idOf.apply(items.get(i)).equals(id)) {
        return i;
      }
    }
    throw GraphErrors.invalidParameter("Invalid cursor");
  }

  private static String link(CallContext ctx, int limit, String cursorName, String cursor) {
    StringBuilder url = new StringBuilder(ctx.edgeUrl()).append('?');
    String fields = ctx.param("fields");
    if (fields != null) {
      url.append("fields=").append(URLEncoder.encode(fields, StandardCharsets.UTF_8)).append('&');
    }
    return url.append("limit=")
        .append(limit)
        .append('&')
        .append(cursorName)
        .append('=')
        .append(cursor)
        .toString();
  }

  static String encode(String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(id.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw GraphErrors.invalidParameter("Invalid cursor");
    }
  }
}
