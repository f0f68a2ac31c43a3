package io.mooring.graphsimulator.admin;

import io.mooring.graphsimulator.fault.FaultRule;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * World and fault control over HTTP, only when {@code mooring.simulator.admin-enabled=true}. Every
 * change answers with the whole state, as {@code GET /_simulator/state} does.
 */
@RestController
@RequestMapping("/_simulator")
@ConditionalOnBooleanProperty("mooring.simulator.admin-enabled")
public class AdminController {
  private final AdminOperations admin;

  public AdminController(AdminOperations admin) {
    this.admin = admin;
  }

  /** Body of latency changes. */
  public record LatencyRequest(String operation, long fixedMs, long jitterMs) {}

  /** Body naming a token (never put tokens in paths: they end up in access logs). */
  public record TokenRequest(String token) {}

  /** Body of on/off switches. */
  public record EnabledRequest(boolean enabled) {}

  /** Body of budget changes; absent values keep their current setting. */
  public record RateLimitRequest(
      Long windowSeconds,
      Integer pageCallsPerWindow,
      Integer businessCallsPerWindow,
      Integer appCallsPerWindow,
      Integer userCallsPerWindow) {}

  /** Body of one budget. */
  public record BudgetRequest(int callsPerWindow) {}

  /** Body of a clock advance. */
  public record AdvanceRequest(long seconds) {}

  /** Body of a cap change. */
  public record CapRequest(int cap) {}

  /** Body of a programmatic login. */
  public record LoginRequest(String personId, List<String> scopes, String redirectUri) {}

  @GetMapping("/state")
  public Map<String, Object> state() {
    return admin.state();
  }

  @GetMapping("/world")
  public Map<String, Object> world() {
    return DemoWorldJson.of(admin.sim().view());
  }

  @PostMapping("/reset")
  public Map<String, Object> reset() {
    admin.reset();
    return admin.state();
  }

  @PostMapping("/faults")
  public ResponseEntity<Map<String, Object>> injectError(@RequestBody ErrorInjection injection) {
    FaultRule rule = admin.injectError(injection);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", rule.id());
    body.putAll(admin.state());
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @DeleteMapping("/faults/{id}")
  public Map<String, Object> removeError(@PathVariable String id) {
    if (!admin.removeError(id)) {
      throw new UnknownIdException("fault", id);
    }
    return admin.state();
  }

  @DeleteMapping("/faults")
  public Map<String, Object> clearErrors() {
    admin.clearErrors();
    return admin.state();
  }

  @PutMapping("/latency")
  public Map<String, Object> latency(@RequestBody LatencyRequest request) {
    admin.setLatency(request.operation(), request.fixedMs(), request.jitterMs());
    return admin.state();
  }

  @PostMapping("/tokens/revoke")
  public Map<String, Object> revoke(@RequestBody TokenRequest request) {
    admin.revokeToken(request.token());
    return admin.state();
  }

  @PostMapping("/persons/{personId}/password-change")
  public Map<String, Object> changePassword(@PathVariable String personId) {
    admin.changePassword(personId);
    return admin.state();
  }

  @DeleteMapping("/pages/{pageId}/roles/{userId}")
  public Map<String, Object> removeRole(@PathVariable String pageId, @PathVariable String userId) {
    admin.removeUserFromPage(userId, pageId);
    return admin.state();
  }

  @PutMapping("/pages/{pageId}/app-platform")
  public Map<String, Object> appPlatform(
      @PathVariable String pageId, @RequestBody EnabledRequest request) {
    admin.setAppPlatformEnabled(pageId, request.enabled());
    return admin.state();
  }

  @PutMapping("/rate-limits")
  public Map<String, Object> rateLimits(@RequestBody RateLimitRequest request) {
    admin.updateRateLimits(
        request.windowSeconds() == null ? null : Duration.ofSeconds(request.windowSeconds()),
        request.pageCallsPerWindow(),
        request.businessCallsPerWindow(),
        request.appCallsPerWindow(),
        request.userCallsPerWindow());
    return admin.state();
  }

  @PutMapping("/rate-limits/pages/{pageId}")
  public Map<String, Object> pageBudget(
      @PathVariable String pageId, @RequestBody BudgetRequest request) {
    admin.setPageBudget(pageId, request.callsPerWindow());
    return admin.state();
  }

  @PutMapping("/rate-limits/businesses/{businessId}")
  public Map<String, Object> businessBudget(
      @PathVariable String businessId, @RequestBody BudgetRequest request) {
    admin.setBusinessBudget(businessId, request.callsPerWindow());
    return admin.state();
  }

  @PostMapping("/clock/advance")
  public Map<String, Object> advance(@RequestBody AdvanceRequest request) {
    admin.advanceClock(Duration.ofSeconds(request.seconds()));
    return admin.state();
  }

  @PutMapping("/app/require-app-secret")
  public Map<String, Object> requireAppSecret(@RequestBody EnabledRequest request) {
    admin.setRequireAppSecret(request.enabled());
    return admin.state();
  }

  @PutMapping("/businesses/{businessId}/system-user-cap")
  public Map<String, Object> systemUserCap(
      @PathVariable String businessId, @RequestBody CapRequest request) {
    admin.setSystemUserCap(businessId, request.cap());
    return admin.state();
  }

  @PostMapping("/user-tokens")
  public Map<String, Object> userToken(@RequestBody LoginRequest request) {
    return Map.of("access_token", admin.issueUserToken(request.personId(), scopes(request)));
  }

  @PostMapping("/login-codes")
  public Map<String, Object> loginCode(@RequestBody LoginRequest request) {
    return Map.of(
        "code", admin.issueLoginCode(request.personId(), scopes(request), request.redirectUri()));
  }

  private List<String> scopes(LoginRequest request) {
    return request.scopes() != null
        ? request.scopes()
        : admin.sim().world().mooringApp().loginScopes();
  }

  @ExceptionHandler(UnknownIdException.class)
  public ResponseEntity<Map<String, String>> unknown(UnknownIdException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }
}
