package io.mooring.notification.testing;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.businessmanager.BusinessManagerConnectionFailed;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.FailuresByReason;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Message;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contract-valid events for tests, built the way the producing services build them. */
public final class TestEvents {
  public static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

  private TestEvents() {}

  public static RequestedBy person(String userId) {
    return new RequestedBy(userId, userId + "@example.test", "User " + userId);
  }

  public static <P extends Message> Envelope<P> envelope(String tenantId, P payload) {
    return envelope(tenantId, payload, Instant.now());
  }

  public static <P extends Message> Envelope<P> envelope(
      String tenantId, P payload, Instant occurredAt) {
    return Envelope.start(
        Messages.of(payload),
        tenantId,
        "test-producer",
        payload,
        Clock.fixed(occurredAt, ZoneOffset.UTC));
  }

  /** Same event, delivered again (same event id). */
  public static <P extends Message> Envelope<P> again(Envelope<P> envelope) {
    return new Envelope<>(
        envelope.eventId(),
        envelope.type(),
        envelope.version(),
        envelope.tenantId(),
        envelope.correlationId(),
        envelope.causationId(),
        envelope.occurredAt(),
        envelope.producer(),
        envelope.payload());
  }

  /** A page that failed for {@code reason}. */
  public static PageEnablementFailed failedPage(UUID jobId, String pageId, ReasonCode reason) {
    return new PageEnablementFailed(
        jobId,
        pageId,
        "Page " + pageId,
        "1000000000000009",
        "Outlet Holdings",
        reason,
        reason.nextStep("Outlet Holdings"),
        "detail of " + pageId,
        3,
        T0.plusSeconds(30));
  }

  public static PageMovedToSystemUser movedPage(UUID jobId, String pageId) {
    return new PageMovedToSystemUser(
        jobId,
        pageId,
        "Page " + pageId,
        "1000000000000001",
        "Acme Corp",
        "9000000000000001",
        List.of("CREATE_CONTENT", "MODERATE", "MESSAGING", "ANALYZE"),
        List.of("feed", "messages"),
        new SealedSecret("key-1", "c2VhbGVk"));
  }

  /** The completion that matches {@code failures} and {@code moved} page ids. */
  public static EnablementJobCompleted completed(
      UUID jobId, RequestedBy by, List<PageEnablementFailed> failures, int moved, boolean dryRun) {
    Map<ReasonCode, List<PageEnablementFailed>> byReason = new LinkedHashMap<>();
    failures.forEach(f -> byReason.computeIfAbsent(f.reason(), r -> new ArrayList<>()).add(f));
    List<FailuresByReason> reasons =
        byReason.entrySet().stream()
            .map(
                e ->
                    new FailuresByReason(
                        e.getKey(),
                        e.getKey().text(),
                        e.getKey().nextStep("Outlet Holdings"),
                        e.getValue().size(),
                        e.getValue().stream().limit(3).map(PageEnablementFailed::pageId).toList()))
            .toList();
    return new EnablementJobCompleted(
        jobId,
        by,
        dryRun,
        moved + failures.size(),
        moved,
        failures.size(),
        reasons,
        T0,
        T0.plusSeconds(90));
  }

  public static String pageId(int n) {
    return String.valueOf(2_000_000_000_000_000L + n);
  }

  public static BusinessManagerConnected connected(String bmId, RequestedBy by) {
    return new BusinessManagerConnected(
        bmId,
        "BM " + bmId,
        by,
        List.of("business_management"),
        null,
        new SealedSecret("key-1", "c2VhbGVk"),
        false);
  }

  public static BusinessManagerConnectionFailed connectionFailed(String bmId, RequestedBy by) {
    return new BusinessManagerConnectionFailed(
        UUID.randomUUID(),
        bmId,
        "BM " + bmId,
        by,
        ReasonCode.MISSING_PERMISSION,
        ReasonCode.MISSING_PERMISSION.nextStep(null),
        List.of("business_management"));
  }

  public static SystemUserProvisioned provisioned(String bmId, RequestedBy by) {
    return new SystemUserProvisioned(
        bmId,
        "BM " + bmId,
        "9000000000000001",
        "Mooring System User",
        "EMPLOYEE",
        List.of("pages_manage_metadata"),
        null,
        new SealedSecret("key-1", "c2VhbGVk"),
        by);
  }

  public static SystemUserProvisioningFailed provisioningFailed(String bmId, RequestedBy by) {
    return new SystemUserProvisioningFailed(
        bmId,
        "BM " + bmId,
        by,
        ReasonCode.ADMIN_TOKEN_EXPIRED,
        ReasonCode.ADMIN_TOKEN_EXPIRED.nextStep("BM " + bmId),
        List.of(),
        2);
  }
}
