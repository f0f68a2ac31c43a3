package io.mooring.gateway.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The request as the services see it: the headers the client may not decide removed, and the
 * identity the gateway vouches for added.
 */
class RelayedIdentityRequest extends HttpServletRequestWrapper {
  private final Predicate<String> removed;
  private final Map<String, String> added;

  RelayedIdentityRequest(
      HttpServletRequest request, Predicate<String> removed, Map<String, String> added) {
    super(request);
    this.removed = removed;
    this.added = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    this.added.putAll(added);
  }

  @Override
  public String getHeader(String name) {
    if (added.containsKey(name)) {
      return added.get(name);
    }
    return hidden(name) ? null : super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    if (added.containsKey(name)) {
      return Collections.enumeration(List.of(added.get(name)));
    }
    return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    List<String> names = new ArrayList<>(added.keySet());
    for (String name : Collections.list(super.getHeaderNames())) {
      if (!hidden(name) && !added.containsKey(name)) {
        names.add(name);
      }
    }
    return Collections.enumeration(names);
  }

  private boolean hidden(String name) {
    return removed.test(name.toLowerCase(Locale.ROOT));
  }
}
