package io.mooring.graphsimulator.admin;

import io.mooring.graphsimulator.clock.SimulatorClock;
import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.fault.FaultInjector;
import io.mooring.graphsimulator.fault.FaultRule;
import io.mooring.graphsimulator.fault.Latency;
import io.mooring.graphsimulator.graph.RouteTable;
import io.mooring.graphsimulator.login.LoginCode;
import io.mooring.graphsimulator.ratelimit.RateLimitSettings;
import io.mooring.graphsimulator.ratelimit.RateLimiter;
import io.mooring.graphsimulator.sim.Simulation;
import io.mooring.graphsimulator.sim.SimulationHolder;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * World and fault control, shared by the HTTP admin API and the Java {@code SimulatorAdmin}. Every
 * change shows in {@link #state()}.
 */
@Component
public class AdminOperations {
  private final SimulationHolder holder;
  private final FaultInjector faults;
  private final RateLimiter limiter;
  private final SimulatorClock clock;
  private final RouteTable routes;
  private final SimulatorProperties properties;

  public AdminOperations(
      SimulationHolder holder,
      FaultInjector faults,
      RateLimiter limiter,
      SimulatorClock clock,
      RouteTable routes,
      SimulatorProperties properties) {
    this.holder = holder;
    this.faults = faults;
    this.limiter = limiter;
    this.clock = clock;
    this.routes = routes;
    this.properties = properties;
  }

  public FaultRule injectError(ErrorInjection injection) {
    return faults.add(
        injection.operation(),
        injection.code(),
        injection.subcode(),
        injection.rate() == null ? 1.0 : injection.rate(),
        injection.count(),
        injection.message(),
        injection.type(),
        injection.httpStatus());
  }

  public boolean removeError(String id) {
    return faults.remove(id);
  }

  public void clearErrors() {
    faults.rules().forEach(rule -> faults.remove(rule.id()));
  }

  /** {@code operation} null or "*" sets the latency of every call. */
  public void setLatency(String operation, long fixedMs, long jitterMs) {
    if (fixedMs < 0 || jitterMs < 0) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    faults.setLatency(operation, new Latency(fixedMs, jitterMs));
  }

  public void revokeToken(String token) {
    AccessToken found = sim().tokens().find(token);
    if (found == null) {
      throw new UnknownIdException("token", AccessToken.mask(token));
    }
    found.revoke();
  }

  /** The person's user tokens (and page tokens derived from them) then fail with 190/460. */
  public void changePassword(String personId) {
    person(personId).changePassword();
  }

  /** Removes the user's role on the page: its page tokens and calls then fail with 190/492. */
  public void removeUserFromPage(String userId, String pageId) {
    World world = sim().world();
    Page page = page(pageId);
    if (world.systemUser(userId) == null && world.person(userId) == null) {
      throw new UnknownIdException("user", userId);
    }
    world.removeRole(page, userId);
  }

  public void setAppPlatformEnabled(String pageId, boolean enabled) {
    page(pageId).setAppPlatformEnabled(enabled);
  }

  public void updateRateLimits(
      Duration window,
      Integer pageCallsPerWindow,
      Integer businessCallsPerWindow,
      Integer appCallsPerWindow,
      Integer userCallsPerWindow) {
    RateLimitSettings s = limiter.settings();
    limiter.update(
        new RateLimitSettings(
            window != null ? window : s.window(),
            pageCallsPerWindow != null ? pageCallsPerWindow : s.pageCallsPerWindow(),
            businessCallsPerWindow != null ? businessCallsPerWindow : s.businessCallsPerWindow(),
            appCallsPerWindow != null ? appCallsPerWindow : s.appCallsPerWindow(),
            userCallsPerWindow != null ? userCallsPerWindow : s.userCallsPerWindow()));
  }

  public void setPageBudget(String pageId, int callsPerWindow) {
    limiter.setPageBudget(page(pageId).id(), callsPerWindow);
  }

  public void setBusinessBudget(String businessId, int callsPerWindow) {
    limiter.setBusinessBudget(business(businessId).id(), callsPerWindow);
  }

  public void advanceClock(Duration duration) {
    clock.advance(duration);
  }

  public void setRequireAppSecret(boolean required) {
    sim().world().mooringApp().setRequireAppSecret(required);
  }

  public void setSystemUserCap(String businessId, int cap) {
    business(businessId).setSystemUserCap(cap);
  }

  /** A USER token as if the person had logged in through FLfB with the Mooring app. */
  public String issueUserToken(String personId, Collection<String> scopes) {
    Person person = person(personId);
    Instant now = clock.now();
    App app = sim().world().mooringApp();
    return sim()
        .tokens()
        .issue(
            TokenType.USER,
            app.id(),
            person.id(),
            null,
            validScopes(scopes),
            now,
            now.plus(properties.tokens().userTokenTtl()),
            person.sessionGeneration(),
            null)
        .value();
  }

  /** A single-use authorization code for {@code /oauth/access_token}. */
  public String issueLoginCode(String personId, Collection<String> scopes, String redirectUri) {
    if (redirectUri == null || redirectUri.isBlank()) {
      throw new IllegalArgumentException("redirectUri is required");
    }
    Person person = person(personId);
    LoginCode code =
        sim()
            .loginCodes()
            .issue(
                sim().world().appId(),
                person.id(),
                validScopes(scopes),
                redirectUri,
                clock.now().plus(properties.tokens().loginCodeTtl()));
    return code.code();
  }

  public void reset() {
    holder.reset();
    faults.reset();
    limiter.reset();
    clock.reset();
  }

  public Map<String, Object> state() {
    Simulation sim = sim();
    World world = sim.world();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("now", clock.now().toString());
    state.put("clockOffsetSeconds", clock.offset().toSeconds());
    state.put("requireAppSecret", world.mooringApp().requireAppSecret());
    state.put("faults", faults.rules().stream().map(AdminOperations::describe).toList());
    Latency latency = faults.latency();
    state.put("latency", Map.of("fixedMs", latency.fixedMs(), "jitterMs", latency.jitterMs()));
    Map<String, Object> perOperation = new TreeMap<>();
    faults
        .operationLatency()
        .forEach(
            (op, l) ->
                perOperation.put(op, Map.of("fixedMs", l.fixedMs(), "jitterMs", l.jitterMs())));
    state.put("operationLatency", perOperation);
    RateLimitSettings s = limiter.settings();
    Map<String, Object> rateLimits = new LinkedHashMap<>();
    rateLimits.put("windowSeconds", s.window().toSeconds());
    rateLimits.put("pageCallsPerWindow", s.pageCallsPerWindow());
    rateLimits.put("businessCallsPerWindow", s.businessCallsPerWindow());
    rateLimits.put("appCallsPerWindow", s.appCallsPerWindow());
    rateLimits.put("userCallsPerWindow", s.userCallsPerWindow());
    rateLimits.put("pageBudgets", new TreeMap<>(limiter.pageBudgets()));
    rateLimits.put("businessBudgets", new TreeMap<>(limiter.businessBudgets()));
    state.put("rateLimits", rateLimits);
    state.put(
        "revokedTokens",
        sim.tokens().all().stream().filter(AccessToken::revoked).map(AccessToken::masked).toList());
    Map<String, Integer> passwordChanges = new TreeMap<>();
    world.persons().values().stream()
        .filter(p -> p.sessionGeneration() > 0)
        .forEach(p -> passwordChanges.put(p.id(), p.sessionGeneration()));
    state.put("passwordChanges", passwordChanges);
    List<Map<String, String>> removedRoles = new ArrayList<>();
    List<String> disabledPages = new ArrayList<>();
    for (Page page : world.pages().values()) {
      page.removedRoleHolders()
          .forEach(userId -> removedRoles.add(Map.of("pageId", page.id(), "userId", userId)));
      if (!page.appPlatformEnabled()) {
        disabledPages.add(page.id());
      }
    }
    disabledPages.sort(null);
    state.put("removedPageRoles", removedRoles);
    state.put("appPlatformDisabledPages", disabledPages);
    List<Map<String, String>> obo = new ArrayList<>();
    Map<String, Integer> caps = new TreeMap<>();
    for (Business business : world.businesses().values()) {
      business
          .oboPartnerIds()
          .forEach(
              partner ->
                  obo.add(Map.of("partnerBusinessId", partner, "clientBusinessId", business.id())));
      if (business.systemUserCap() != properties.world().systemUserCap()) {
        caps.put(business.id(), business.systemUserCap());
      }
    }
    state.put("oboRelationships", obo);
    state.put("systemUserCapOverrides", caps);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("seed", properties.world().seed());
    counts.put("businesses", world.businesses().size());
    counts.put("pages", world.pages().size());
    counts.put("persons", world.persons().size());
    counts.put("systemUsers", world.systemUsers().size());
    counts.put("tokens", sim.tokens().size());
    state.put("world", counts);
    state.put("operations", routes.operations());
    return state;
  }

  public Simulation sim() {
    return holder.current();
  }

  private static Map<String, Object> describe(FaultRule rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", rule.id());
    out.put("operation", rule.operation());
    out.put("code", rule.code());
    out.put("subcode", rule.subcode());
    out.put("rate", rule.rate());
    out.put("count", rule.count());
    out.put("remaining", rule.remaining());
    out.put("fired", rule.fired());
    out.put("message", rule.message());
    out.put("type", rule.type());
    out.put("httpStatus", rule.httpStatus());
    return out;
  }

  private Set<String> validScopes(Collection<String> scopes) {
    Set<String> out = new LinkedHashSet<>(scopes);
    for (String scope : out) {
      if (!Scopes.KNOWN.contains(scope)) {
        throw new IllegalArgumentException("Unknown scope: " + scope);
      }
    }
    return out;
  }

  private Person person(String personId) {
    Person person = sim().world().person(personId);
    if (person == null) {
      throw new UnknownIdException("person", personId);
    }
    return person;
  }

  private Page page(String pageId) {
    Page page = sim().world().page(pageId);
    if (page == null) {
      throw new UnknownIdException("page", pageId);
    }
    return page;
  }

  private Business business(String businessId) {
    Business business = sim().world().business(businessId);
    if (business == null) {
      throw new UnknownIdException("business", businessId);
    }
    return business;
  }
}
