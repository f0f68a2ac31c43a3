package io.mooring.pagesubscription.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.Topics;
import io.mooring.pagesubscription.WorkerTestSupport;
import io.mooring.secrets.SecretContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The pages list from page events: happy, duplicate and older-after-newer, poison, transient. */
@TestPropertySource(properties = "spring.kafka.consumer.group-id=page-projection-it")
class PageProjectionIT extends WorkerTestSupport {
  private static final String BM = "7100000000000001";
  @MockitoSpyBean PageRecords records;
  @Autowired MongoTemplate mongo;

  @Test
  void aPageIsProjectedOnceAndAnOlderEventNeverUndoesANewerOne() {
    String tenant = "tenant-projection";
    String pageId = "7200000000000001";
    Envelope<PageMovedToSystemUser> moved = moved(tenant, pageId, Clock.systemUTC());
    publisher.publishAndWait(moved, Duration.ofSeconds(10));
    await().atMost(Duration.ofSeconds(20)).until(() -> page(tenant, pageId).isPresent());
    assertThat(page(tenant, pageId).orElseThrow().movedToSystemUser()).isTrue();

    // Delivered again: nothing changes.
    assertThat(apply(moved, new Update().set("pageName", "changed"))).isFalse();
    // An earlier job's failure, published after the move: nothing changes.
    Envelope<PageEnablementFailed> olderFailure =
        failed(tenant, pageId, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-5)));
    assertThat(apply(olderFailure, new Update().set("lastOutcome", "FAILED"))).isFalse();
    PageRecord afterStale = page(tenant, pageId).orElseThrow();
    assertThat(afterStale.lastOutcome()).isEqualTo("MOVED");
    assertThat(afterStale.pageName()).isEqualTo("Page " + pageId);
    assertThat(afterStale.lastEventId()).isEqualTo(moved.eventId().toString());

    // A later job's failure is news: its outcome shows, the page stays moved.
    publisher.publishAndWait(
        failed(tenant, pageId, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1))),
        Duration.ofSeconds(10));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "FAILED".equals(page(tenant, pageId).orElseThrow().lastOutcome()));
    assertThat(page(tenant, pageId).orElseThrow().movedToSystemUser()).isTrue();
  }

  @Test
  void aPoisonEventIsDeadLetteredAndATransientFailureIsRetried() {
    assertPoisonIsDeadLettered(Topics.ENABLEMENT_PAGE_EVENTS, "page-projection-it");

    String tenant = "tenant-projection-transient";
    String pageId = "7200000000000002";
    doThrow(new IllegalStateException("store hiccup"))
        .doCallRealMethod()
        .when(records)
        .apply(eq(tenant), anyString(), anyString(), any(Instant.class), any(Update.class));
    publisher.publishAndWait(moved(tenant, pageId, Clock.systemUTC()), Duration.ofSeconds(10));
    await().atMost(Duration.ofSeconds(20)).until(() -> page(tenant, pageId).isPresent());
    doCallRealMethod()
        .when(records)
        .apply(anyString(), anyString(), anyString(), any(Instant.class), any(Update.class));
  }

  private boolean apply(Envelope<?> envelope, Update update) {
    String pageId =
        envelope.payload() instanceof PageMovedToSystemUser m
            ? m.pageId()
            : ((PageEnablementFailed) envelope.payload()).pageId();
    return records.apply(
        envelope.tenantId(), pageId, envelope.eventId().toString(), envelope.occurredAt(), update);
  }

  private Optional<PageRecord> page(String tenantId, String pageId) {
    return Optional.ofNullable(mongo.findById(PageRecord.idOf(tenantId, pageId), PageRecord.class));
  }

  private Envelope<PageMovedToSystemUser> moved(String tenantId, String pageId, Clock clock) {
    return Envelope.start(
        Messages.PAGE_MOVED_TO_SYSTEM_USER,
        tenantId,
        "test",
        new PageMovedToSystemUser(
            UUID.randomUUID(),
            pageId,
            "Page " + pageId,
            BM,
            "Projection Corp",
            "7300000000000001",
            List.of("CREATE_CONTENT", "MODERATE", "MESSAGING", "ANALYZE"),
            List.of("feed"),
            vault.seal("page-token", SecretContext.pageToken(tenantId, pageId))),
        clock);
  }

  private Envelope<PageEnablementFailed> failed(String tenantId, String pageId, Clock clock) {
    return Envelope.start(
        Messages.PAGE_ENABLEMENT_FAILED,
        tenantId,
        "test",
        new PageEnablementFailed(
            UUID.randomUUID(),
            pageId,
            "Page " + pageId,
            BM,
            "Projection Corp",
            ReasonCode.SYSTEM_USER_LOST_PAGE_ROLE,
            ReasonCode.SYSTEM_USER_LOST_PAGE_ROLE.nextStep("Projection Corp"),
            "assign: #190",
            1,
            clock.instant()),
        clock);
  }
}
