package io.mooring.graphsimulator.graph;

import io.mooring.graphsimulator.graph.handlers.AppNodeHandler;
import io.mooring.graphsimulator.graph.handlers.AssignedPagesHandler;
import io.mooring.graphsimulator.graph.handlers.AssignedUsersHandler;
import io.mooring.graphsimulator.graph.handlers.BusinessNodeHandler;
import io.mooring.graphsimulator.graph.handlers.BusinessPagesHandler;
import io.mooring.graphsimulator.graph.handlers.DebugTokenHandler;
import io.mooring.graphsimulator.graph.handlers.ManagedBusinessesHandler;
import io.mooring.graphsimulator.graph.handlers.OAuthHandler;
import io.mooring.graphsimulator.graph.handlers.OboAccessTokenHandler;
import io.mooring.graphsimulator.graph.handlers.PageNodeHandler;
import io.mooring.graphsimulator.graph.handlers.SubscribedAppsHandler;
import io.mooring.graphsimulator.graph.handlers.SystemUserAppsHandler;
import io.mooring.graphsimulator.graph.handlers.SystemUserTokensHandler;
import io.mooring.graphsimulator.graph.handlers.SystemUsersHandler;
import io.mooring.graphsimulator.graph.handlers.UserAccountsHandler;
import io.mooring.graphsimulator.graph.handlers.UserBusinessesHandler;
import io.mooring.graphsimulator.graph.handlers.UserNodeHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Which operation answers (node kind, HTTP method, edge). The operation names are public API. */
@Component
public class RouteTable {
  public static final String BATCH = "batch";

  private final Map<String, RouteDef> routes = new HashMap<>();

  public RouteTable(
      DebugTokenHandler debugToken,
      OAuthHandler oauth,
      UserNodeHandler userNode,
      UserBusinessesHandler userBusinesses,
      UserAccountsHandler userAccounts,
      BusinessNodeHandler businessNode,
      ManagedBusinessesHandler managedBusinesses,
      OboAccessTokenHandler oboAccessToken,
      SystemUsersHandler systemUsers,
      BusinessPagesHandler businessPages,
      SystemUserAppsHandler systemUserApps,
      SystemUserTokensHandler systemUserTokens,
      AssignedPagesHandler assignedPages,
      PageNodeHandler pageNode,
      AssignedUsersHandler assignedUsers,
      SubscribedAppsHandler subscribedApps,
      AppNodeHandler appNode) {
    root("GET", "debug_token", "debug_token", debugToken::debug, true);
    root("GET", "oauth/access_token", "oauth.access_token", oauth::accessToken, false);
    root("POST", "oauth/access_token", "oauth.access_token", oauth::accessToken, false);
    root("GET", "oauth/revoke", "oauth.revoke", oauth::revoke, false);
    root("POST", "oauth/revoke", "oauth.revoke", oauth::revoke, false);

    for (NodeKind user : List.of(NodeKind.USER, NodeKind.SYSTEM_USER)) {
      add(user, "GET", "", "user.read", userNode::read);
      add(user, "GET", "businesses", "me.businesses", userBusinesses::list);
      add(user, "GET", "accounts", "me.accounts", userAccounts::list);
    }
    add(
        NodeKind.SYSTEM_USER,
        "POST",
        "applications",
        "system_user.applications",
        systemUserApps::install);
    addProofAlways(
        NodeKind.SYSTEM_USER,
        "POST",
        "access_tokens",
        "system_user.access_tokens.create",
        systemUserTokens::create);
    add(
        NodeKind.SYSTEM_USER,
        "DELETE",
        "access_tokens",
        "system_user.access_tokens.delete",
        systemUserTokens::invalidateAll);
    add(
        NodeKind.SYSTEM_USER,
        "GET",
        "assigned_pages",
        "system_user.assigned_pages",
        assignedPages::list);

    add(NodeKind.BUSINESS, "GET", "", "business.read", businessNode::read);
    add(
        NodeKind.BUSINESS,
        "POST",
        "managed_businesses",
        "managed_businesses.create",
        managedBusinesses::create);
    add(
        NodeKind.BUSINESS,
        "DELETE",
        "managed_businesses",
        "managed_businesses.delete",
        managedBusinesses::delete);
    addProofAlways(
        NodeKind.BUSINESS, "POST", "access_token", "business.access_token", oboAccessToken::create);
    add(NodeKind.BUSINESS, "GET", "system_users", "system_users.list", systemUsers::list);
    add(NodeKind.BUSINESS, "POST", "system_users", "system_users.create", systemUsers::create);
    add(NodeKind.BUSINESS, "GET", "owned_pages", "owned_pages", businessPages::ownedPages);
    add(NodeKind.BUSINESS, "GET", "client_pages", "client_pages", businessPages::clientPages);

    add(NodeKind.PAGE, "GET", "", "page.read", pageNode::read);
    add(NodeKind.PAGE, "POST", "assigned_users", "assigned_users.create", assignedUsers::create);
    add(NodeKind.PAGE, "GET", "assigned_users", "assigned_users.list", assignedUsers::list);
    add(NodeKind.PAGE, "DELETE", "assigned_users", "assigned_users.delete", assignedUsers::delete);
    add(NodeKind.PAGE, "POST", "subscribed_apps", "subscribed_apps.create", subscribedApps::create);
    add(NodeKind.PAGE, "GET", "subscribed_apps", "subscribed_apps.list", subscribedApps::list);
    add(
        NodeKind.PAGE,
        "DELETE",
        "subscribed_apps",
        "subscribed_apps.delete",
        subscribedApps::delete);

    add(NodeKind.APP, "GET", "", "app.read", appNode::read);
  }

  public RouteDef root(String method, String path) {
    return routes.get(key(NodeKind.ROOT, method, path));
  }

  public RouteDef find(NodeKind kind, String method, String edge) {
    return routes.get(key(kind, method, edge));
  }

  /** Every operation name, for the README and the admin API. */
  public List<String> operations() {
    TreeSet<String> names = new TreeSet<>();
    routes.values().forEach(def -> names.add(def.operation()));
    names.add("me");
    names.add(BATCH);
    return List.copyOf(names);
  }

  private void root(String method, String path, String op, GraphHandler handler, boolean token) {
    routes.put(key(NodeKind.ROOT, method, path), new RouteDef(op, handler, token, false));
  }

  private void add(NodeKind kind, String method, String edge, String op, GraphHandler handler) {
    routes.put(key(kind, method, edge), new RouteDef(op, handler, true, false));
  }

  private void addProofAlways(
      NodeKind kind, String method, String edge, String op, GraphHandler handler) {
    routes.put(key(kind, method, edge), new RouteDef(op, handler, true, true));
  }

  private static String key(NodeKind kind, String method, String edge) {
    return kind.name() + ' ' + method + ' ' + edge;
  }
}
