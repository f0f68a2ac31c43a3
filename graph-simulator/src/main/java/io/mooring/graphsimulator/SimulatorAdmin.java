package io.mooring.graphsimulator;

import io.mooring.graphsimulator.admin.AdminOperations;
import io.mooring.graphsimulator.admin.ErrorInjection;
import java.time.Duration;
import java.util.Map;

/**
 * Java facade over the admin API ({@code /_simulator/**}): the same operations, without HTTP. Every
 * change is visible in {@link #state()}.
 */
public final class SimulatorAdmin {
  private final AdminOperations operations;

  SimulatorAdmin(AdminOperations operations) {
    this.operations = operations;
  }

  /** Calls of {@code operation} ("*" for all) fail with {@code code} until removed. */
  public String injectError(String operation, int code) {
    return injectError(ErrorInjection.of(operation, code));
  }

  public String injectError(String operation, int code, Integer subcode) {
    return injectError(ErrorInjection.of(operation, code, subcode));
  }

  /**
   * Calls of {@code operation} fail with {@code code}/{@code subcode} on a fraction {@code rate}
   * (0..1) of calls, at most {@code count} times ({@code null}: unlimited).
   */
  public String injectError(
      String operation, int code, Integer subcode, double rate, Integer count) {
    return injectError(new ErrorInjection(operation, code, subcode, rate, count, null, null, null));
  }

  /** Returns the id of the rule, for {@link #removeError(String)}. */
  public String injectError(ErrorInjection injection) {
    return operations.injectError(injection).id();
  }

  public boolean removeError(String id) {
    return operations.removeError(id);
  }

  public void clearErrors() {
    operations.clearErrors();
  }

  /** Latency added to every call. */
  public void setLatency(long fixedMs, long jitterMs) {
    operations.setLatency(null, fixedMs, jitterMs);
  }

  /** Latency added to calls of one operation. */
  public void setLatency(String operation, long fixedMs, long jitterMs) {
    operations.setLatency(operation, fixedMs, jitterMs);
  }

  /** The token then fails with 190/467. */
  public void revokeToken(String token) {
    operations.revokeToken(token);
  }

  /** The person's user tokens then fail with 190/460. */
  public void changePassword(String personId) {
    operations.changePassword(personId);
  }

  /** The system user's page tokens and its calls about the page then fail with 190/492. */
  public void removeSystemUserFromPage(String systemUserId, String pageId) {
    operations.removeUserFromPage(systemUserId, pageId);
  }

  /** Subscribing apps to the page then fails. */
  public void disableAppPlatform(String pageId) {
    operations.setAppPlatformEnabled(pageId, false);
  }

  public void enableAppPlatform(String pageId) {
    operations.setAppPlatformEnabled(pageId, true);
  }

  /** Calls per rate-limit window allowed for this page before 80001 / 32. */
  public void setPageBudget(String pageId, int callsPerWindow) {
    operations.setPageBudget(pageId, callsPerWindow);
  }

  /** Calls per window allowed for this business before 613. */
  public void setBusinessBudget(String businessId, int callsPerWindow) {
    operations.setBusinessBudget(businessId, callsPerWindow);
  }

  /** Default budgets; null keeps a value. */
  public void setRateLimits(
      Duration window,
      Integer pageCallsPerWindow,
      Integer businessCallsPerWindow,
      Integer appCallsPerWindow,
      Integer userCallsPerWindow) {
    operations.updateRateLimits(
        window, pageCallsPerWindow, businessCallsPerWindow, appCallsPerWindow, userCallsPerWindow);
  }

  /** Moves the simulator's clock forward (tokens and login codes expire). */
  public void advanceClock(Duration duration) {
    operations.advanceClock(duration);
  }

  /** The Mooring app's "Require App Secret" setting (on by default). */
  public void setRequireAppSecret(boolean required) {
    operations.setRequireAppSecret(required);
  }

  public void setSystemUserCap(String businessId, int cap) {
    operations.setSystemUserCap(businessId, cap);
  }

  /** Re-seeds the world and clears faults, budgets, tokens, codes and the clock offset. */
  public void reset() {
    operations.reset();
  }

  /** The same document as {@code GET /_simulator/state}. */
  public Map<String, Object> state() {
    return operations.state();
  }
}
