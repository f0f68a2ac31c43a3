package io.mooring.graphsimulator.graph;

import io.mooring.graphsimulator.clock.SimulatorClock;
import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.fault.FaultInjector;
import io.mooring.graphsimulator.ratelimit.RateLimiter;
import io.mooring.graphsimulator.sim.Simulation;
import io.mooring.graphsimulator.sim.SimulationHolder;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers one Graph call: resolves the path ({@code /{version}/{id|me}/{edge}}), applies injected
 * latency and errors, authenticates (token, appsecret_proof), counts rate-limit budgets and runs
 * the operation's handler. Also runs batches, item by item.
 */
@Component
public class GraphDispatcher {
  private static final Logger log = LoggerFactory.getLogger(GraphDispatcher.class);
  private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");
  private static final Set<Integer> THROTTLE_CODES = Set.of(4, 17, 32, 613, 80001);

  private final SimulationHolder holder;
  private final RouteTable routes;
  private final FaultInjector faults;
  private final RateLimiter limiter;
  private final SimulatorClock clock;
  private final String defaultVersion;

  public GraphDispatcher(
      SimulationHolder holder,
      RouteTable routes,
      FaultInjector faults,
      RateLimiter limiter,
      SimulatorClock clock,
      SimulatorProperties properties) {
    this.holder = holder;
    this.routes = routes;
    this.faults = faults;
    this.limiter = limiter;
    this.clock = clock;
    this.defaultVersion = properties.defaultVersion();
  }

  /** A resolved path: which operation, on which node, touching which page or business. */
  private record Resolved(
      RouteDef def,
      String operation,
      NodeKind kind,
      Object node,
      Caller caller,
      String pageId,
      String businessId) {}

  public GraphResponse dispatch(GraphRequest request) {
    return dispatch(request, true);
  }

  private GraphResponse dispatch(GraphRequest original, boolean allowBatch) {
    Simulation sim = holder.current();
    GraphRequest request = withMethodOverride(original);
    List<String> segments = segments(request.path());
    String version = defaultVersion;
    if (!segments.isEmpty() && VERSION.matcher(segments.get(0)).matches()) {
      version = segments.remove(0);
    }
    Instant now = clock.now();
    Map<String, String> usage = Map.of();
    try {
      if (segments.isEmpty()) {
        if (allowBatch && request.method().equals("POST") && request.param("batch") != null) {
          return batch(request, version);
        }
        throw GraphErrors.of(
            GraphErrors.GRAPH_METHOD,
            100,
            null,
            "Unsupported " + request.method().toLowerCase() + " request.");
      }
      Resolved resolved = resolve(sim, request, segments, now);
      sleep(faults.delayMillis(resolved.operation()));
      GraphError injected = faults.errorFor(resolved.operation());
      if (injected != null) {
        Map<String, String> headers =
            THROTTLE_CODES.contains(injected.code())
                ? limiter.injectedThrottleHeaders(
                    sim.world().appId(), resolved.pageId(), resolved.businessId())
                : Map.of();
        return error(injected, headers, version);
      }
      Caller caller = resolved.caller();
      if (caller == null && resolved.def().needsToken()) {
        caller = Authenticator.authenticate(sim, request.accessToken(), now);
      }
      if (caller != null) {
        Authenticator.checkProof(
            caller, request.param("appsecret_proof"), resolved.def().proofAlways());
        RateLimiter.Outcome outcome =
            limiter.account(
                caller.app().id(),
                caller.type(),
                caller.userId(),
                resolved.pageId(),
                resolved.businessId(),
                clock.nowMillis());
        usage = outcome.headers();
        if (outcome.throttled() != null) {
          throw outcome.throttled();
        }
      }
      CallContext ctx =
          new CallContext(
              sim,
              request,
              version,
              resolved.operation(),
              resolved.kind(),
              resolved.node(),
              caller,
              now);
      Object body = resolved.def().handler().handle(ctx);
      return ok(body, usage, version);
    } catch (GraphException e) {
      return error(e.error(), usage, version);
    } catch (RuntimeException e) {
      log.warn("Unexpected failure on {} {}", request.method(), request.path(), e);
      return error(
          GraphErrors.error(GraphErrors.OAUTH, 1, null, "An unknown error has occurred."),
          usage,
          version);
    }
  }

  private Resolved resolve(
      Simulation sim, GraphRequest request, List<String> segments, Instant now) {
    String method = request.method();
    String first = segments.get(0);
    if (first.equals("debug_token") || first.equals("oauth")) {
      RouteDef def = routes.root(method, String.join("/", segments));
      if (def == null) {
        throw GraphErrors.of(
            GraphErrors.GRAPH_METHOD,
            100,
            null,
            "Unsupported " + method.toLowerCase() + " request.");
      }
      return new Resolved(def, def.operation(), NodeKind.ROOT, null, null, null, null);
    }
    if (segments.size() > 2) {
      throw GraphErrors.unknownObject(method, String.join("/", segments));
    }
    String edge = segments.size() > 1 ? segments.get(1) : "";
    World world = sim.world();
    Caller caller = null;
    Object node;
    String id = first;
    if (first.equals("me")) {
      caller = Authenticator.authenticate(sim, request.accessToken(), now);
      node =
          switch (caller.type()) {
            case PAGE -> caller.page();
            case USER -> caller.person();
            case SYSTEM_USER -> caller.systemUser();
            case APP -> throw GraphErrors.currentUserUnavailable();
          };
      id = caller.isPage() ? caller.page().id() : caller.userId();
    } else {
      node = lookup(world, id);
      if (node == null) {
        throw id.chars().allMatch(Character::isDigit)
            ? GraphErrors.unknownObject(method, id)
            : GraphErrors.unknownAlias(id);
      }
    }
    NodeKind kind = kindOf(node);
    RouteDef def = routes.find(kind, method, edge);
    if (def == null) {
      throw edge.isEmpty() || !method.equals("GET")
          ? GraphErrors.unknownObject(method, id)
          : GraphErrors.nonexistingField(edge, kind.metaName());
    }
    String operation = first.equals("me") && edge.isEmpty() ? "me" : def.operation();
    String pageId = node instanceof Page page ? page.id() : null;
    String businessId = null;
    if (node instanceof Business business) {
      businessId = business.id();
    } else if (node instanceof SystemUser su && !edge.isEmpty()) {
      businessId = su.businessId();
    }
    return new Resolved(def, operation, kind, node, caller, pageId, businessId);
  }

  private static Object lookup(World world, String id) {
    Object node = world.page(id);
    if (node == null) {
      node = world.business(id);
    }
    if (node == null) {
      node = world.systemUser(id);
    }
    if (node == null) {
      node = world.person(id);
    }
    if (node == null) {
      node = world.app(id);
    }
    return node;
  }

  private static NodeKind kindOf(Object node) {
    if (node instanceof Page) {
      return NodeKind.PAGE;
    }
    if (node instanceof Business) {
      return NodeKind.BUSINESS;
    }
    if (node instanceof SystemUser) {
      return NodeKind.SYSTEM_USER;
    }
    if (node instanceof Person) {
      return NodeKind.USER;
    }
    if (node instanceof App) {
      return NodeKind.APP;
    }
    throw new IllegalStateException("Unknown node " + node);
  }

  private GraphResponse batch(GraphRequest outer, String version) {
    sleep(faults.delayMillis(RouteTable.BATCH));
    GraphError injected = faults.errorFor(RouteTable.BATCH);
    if (injected != null) {
      return error(injected, Map.of(), version);
    }
    List<BatchItems.Item> items = BatchItems.parse(outer);
    boolean includeHeaders = !"false".equalsIgnoreCase(outer.param("include_headers"));
    List<Object> results = new ArrayList<>(items.size());
    for (BatchItems.Item item : items) {
      GraphResponse response = dispatch(item.request(), false);
      if (item.omitResponseOnSuccess() && response.status() == 200) {
        results.add(null);
        continue;
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("code", response.status());
      if (includeHeaders) {
        List<Map<String, String>> headers = new ArrayList<>();
        headers.add(Map.of("name", "Content-Type", "value", "text/javascript; charset=UTF-8"));
        response.headers().forEach((n, v) -> headers.add(Map.of("name", n, "value", v)));
        result.put("headers", headers);
      }
      result.put("body", Json.write(response.body()));
      results.add(result);
    }
    return ok(results, Map.of(), version);
  }

  private static GraphResponse ok(Object body, Map<String, String> usage, String version) {
    GraphResponse response = new GraphResponse(200, body);
    response.headers().putAll(usage);
    response.header("facebook-api-version", version);
    response.header("x-fb-trace-id", TraceIds.next());
    return response;
  }

  private static GraphResponse error(GraphError error, Map<String, String> usage, String version) {
    String traceId = TraceIds.next();
    GraphResponse response = new GraphResponse(error.httpStatus(), error.toBody(traceId));
    response.headers().putAll(usage);
    response.header("facebook-api-version", version);
    response.header("x-fb-trace-id", traceId);
    if (error.code() == 190 || error.code() == 102 || error.code() == 104) {
      response.header(
          "WWW-Authenticate",
          "OAuth \"Facebook Platform\" \"invalid_token\" \""
              + error.message().replace('"', '\'')
              + "\"");
    }
    return response;
  }

  /** Meta accepts {@code method=delete|post|get} as a parameter to override the HTTP method. */
  private static GraphRequest withMethodOverride(GraphRequest request) {
    String override = request.params().get("method");
    if (override == null) {
      return request;
    }
    String method = override.toUpperCase();
    if (!Set.of("GET", "POST", "DELETE").contains(method) || method.equals(request.method())) {
      return request;
    }
    return new GraphRequest(
        method, request.path(), request.params(), request.headerToken(), request.baseUrl());
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>(4);
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        segments.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  private static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
