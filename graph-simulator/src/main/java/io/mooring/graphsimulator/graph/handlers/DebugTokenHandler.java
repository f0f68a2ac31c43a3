package io.mooring.graphsimulator.graph.handlers;

import io.mooring.graphsimulator.graph.CallContext;
import io.mooring.graphsimulator.graph.GraphError;
import io.mooring.graphsimulator.graph.GraphErrors;
import io.mooring.graphsimulator.graph.TokenValidator;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * {@code GET /debug_token?input_token=}, called with an app token or a token of the same app. An
 * invalid input token is not an error: {@code data.is_valid=false} with {@code data.error}.
 */
@Component
public class DebugTokenHandler {
  private static final Duration DATA_ACCESS = Duration.ofDays(90);

  public Object debug(CallContext ctx) {
    String input = ctx.requireParam("input_token");
    World world = ctx.world();
    App callerApp = ctx.caller().app();
    Map<String, Object> data = new LinkedHashMap<>();
    int bar = input.indexOf('|');
    if (bar > 0) {
      App app = world.app(input.substring(0, bar));
      boolean valid = app != null && app.secret().equals(input.substring(bar + 1));
      if (valid) {
        requireSameApp(callerApp, app.id());
        data.put("app_id", app.id());
        data.put("type", TokenType.APP.name());
        data.put("application", app.name());
      } else {
        data.put("error", errorOf(GraphErrors.badAppToken()));
      }
      data.put("is_valid", valid);
      data.put("scopes", List.of());
      return Map.of("data", data);
    }
    AccessToken token = ctx.sim().tokens().find(input);
    if (token == null) {
      data.put(
          "error",
          errorOf(GraphErrors.error(GraphErrors.OAUTH, 190, null, "Invalid OAuth access token.")));
      data.put("is_valid", false);
      data.put("scopes", List.of());
      return Map.of("data", data);
    }
    requireSameApp(callerApp, token.appId());
    App app = world.app(token.appId());
    GraphError problem = TokenValidator.problem(world, token, ctx.now());
    data.put("app_id", app.id());
    data.put("type", token.type().name());
    data.put("application", app.name());
    data.put("data_access_expires_at", dataAccessExpiresAt(token));
    if (problem != null) {
      data.put("error", errorOf(problem));
    }
    data.put("expires_at", epochSeconds(token.expiresAt()));
    data.put("is_valid", problem == null);
    data.put("issued_at", token.issuedAt().getEpochSecond());
    List<String> scopes = new ArrayList<>(new TreeSet<>(token.scopes()));
    data.put("scopes", scopes);
    data.put("granular_scopes", granularScopes(world, token, scopes));
    if (token.type() == TokenType.PAGE) {
      data.put("profile_id", token.pageId());
    }
    data.put("user_id", token.userId());
    return Map.of("data", data);
  }

  private static void requireSameApp(App callerApp, String appId) {
    if (!callerApp.id().equals(appId)) {
      throw GraphErrors.invalidParameter(
          "You must provide an app access token, or a user access token that is an owner or"
              + " developer of the app");
    }
  }

  private static long dataAccessExpiresAt(AccessToken token) {
    return token.type() == TokenType.USER ? token.issuedAt().plus(DATA_ACCESS).getEpochSecond() : 0;
  }

  private static long epochSeconds(Instant instant) {
    return instant == null ? 0 : instant.getEpochSecond();
  }

  private static Map<String, Object> errorOf(GraphError error) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", error.code());
    out.put("message", error.message());
    if (error.subcode() != null) {
      out.put("subcode", error.subcode());
    }
    return out;
  }

  /** Targets per scope: businesses for business_management, pages for pages_* and read_*. */
  private static List<Map<String, Object>> granularScopes(
      World world, AccessToken token, List<String> scopes) {
    List<String> businesses = new ArrayList<>();
    List<String> pages;
    if (token.type() == TokenType.PAGE) {
      pages = List.of(token.pageId());
    } else if (token.userId() != null) {
      pages = world.pagesWithTasks(token.userId());
      Person person = world.person(token.userId());
      SystemUser su = world.systemUser(token.userId());
      if (person != null) {
        businesses.addAll(person.businessIds());
      } else if (su != null) {
        businesses.add(su.businessId());
      }
    } else {
      pages = List.of();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (String scope : scopes) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("scope", scope);
      if (scope.equals("business_management") && !businesses.isEmpty()) {
        entry.put("target_ids", businesses);
      } else if ((scope.startsWith("pages_") || scope.startsWith("read_")) && !pages.isEmpty()) {
        entry.put("target_ids", pages);
      }
      out.add(entry);
    }
    return out;
  }
}
