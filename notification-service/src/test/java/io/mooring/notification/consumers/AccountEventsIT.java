package io.mooring.notification.consumers;

import static io.mooring.notification.testing.TestEvents.again;
import static io.mooring.notification.testing.TestEvents.connected;
import static io.mooring.notification.testing.TestEvents.connectionFailed;
import static io.mooring.notification.testing.TestEvents.envelope;
import static io.mooring.notification.testing.TestEvents.person;
import static io.mooring.notification.testing.TestEvents.provisioned;
import static io.mooring.notification.testing.TestEvents.provisioningFailed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.topics.Topic;
import io.mooring.contracts.topics.Topics;
import io.mooring.notification.accounts.BusinessManagerAdmin;
import io.mooring.notification.accounts.BusinessManagerAdmins;
import io.mooring.notification.email.EmailState;
import io.mooring.notification.inapp.Notification;
import io.mooring.notification.notices.NoticeKind;
import io.mooring.notification.testing.MailParts;
import io.mooring.notification.testing.NotificationServiceIntegration;
import io.mooring.notification.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * System User and Business Manager events on the real broker: happy, duplicate, poison and
 * transient for each of the two topics.
 */
class AccountEventsIT extends NotificationServiceIntegration {
  @MockitoSpyBean BusinessManagerAdmins admins;

  @Test
  void aProvisioningFailureTellsTheRequesterAndEveryAdminInAppAndByEmail() throws Exception {
    String bm = newBusinessManager();
    RequestedBy ana = person("ana-" + bm);
    RequestedBy ben = person("ben-" + bm);
    connect(bm, ana, ben);

    publish(envelope(tenant, provisioningFailed(bm, ana)));

    for (RequestedBy person : List.of(ana, ben)) {
      Notification notification = awaitNotifications(tenant, person.userId(), 1).get(0);
      assertThat(notification.kind()).isEqualTo(NoticeKind.SYSTEM_USER_PROVISIONING_FAILED);
      assertThat(notification.text())
          .isEqualTo(
              "System User setup failed for Business Manager \"BM "
                  + bm
                  + "\": "
                  + ReasonCode.ADMIN_TOKEN_EXPIRED.text()
                  + " "
                  + ReasonCode.ADMIN_TOKEN_EXPIRED.nextStep("BM " + bm));
      await().atMost(PATIENCE).until(() -> SMTP.receivedBy(person.email()).size() == 1);
      MailParts mail = MailParts.of(SMTP.receivedBy(person.email()).get(0));
      assertThat(mail.subject())
          .isEqualTo("System User setup failed for Business Manager \"BM " + bm + "\"");
      assertThat(mail.text())
          .contains("Hello " + person.displayName())
          .contains(ReasonCode.ADMIN_TOKEN_EXPIRED.text())
          .contains("Next step: " + ReasonCode.ADMIN_TOKEN_EXPIRED.nextStep("BM " + bm))
          .contains("Open Mooring: http://mooring.test");
      assertThat(mail.html()).contains("ADMIN_TOKEN_EXPIRED");
    }
  }

  @Test
  void aProvisionedSystemUserIsToldToTheRequesterInAppOnly() {
    String bm = newBusinessManager();
    RequestedBy cy = person("cy-" + bm);
    double before = created(NoticeKind.SYSTEM_USER_PROVISIONED);

    publish(envelope(tenant, provisioned(bm, cy)));

    awaitCounter(
        before, 1, "mooring.notifications.created", tags(NoticeKind.SYSTEM_USER_PROVISIONED));
    assertThat(notificationsOf(tenant, cy.userId()))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.text())
                    .isEqualTo(
                        "System User \"Mooring System User\" is set up in Business Manager \"BM "
                            + bm
                            + "\". Pages can now be moved to it."));
    await()
        .during(Duration.ofMillis(600))
        .atMost(PATIENCE)
        .until(() -> SMTP.receivedBy(cy.email()).isEmpty());
  }

  @Test
  void aFailedConnectionIsToldToWhoTriedAndToTheAdminsInAppOnly() {
    String bm = newBusinessManager();
    RequestedBy admin = person("admin-" + bm);
    RequestedBy newcomer = person("new-" + bm);
    connect(bm, admin);

    publish(envelope(tenant, connectionFailed(bm, newcomer)));

    for (RequestedBy person : List.of(newcomer, admin)) {
      Notification notification = awaitNotifications(tenant, person.userId(), 1).get(0);
      assertThat(notification.kind()).isEqualTo(NoticeKind.BUSINESS_MANAGER_CONNECTION_FAILED);
      assertThat(notification.text())
          .isEqualTo(
              "Connecting Business Manager \"BM "
                  + bm
                  + "\" failed: "
                  + ReasonCode.MISSING_PERMISSION.text()
                  + " "
                  + ReasonCode.MISSING_PERMISSION.nextStep(null)
                  + " Missing permissions: business_management.");
    }
    assertThat(SMTP.receivedBy(newcomer.email())).isEmpty();
  }

  @Test
  void duplicatesOnBothTopicsChangeNothing() {
    String bm = newBusinessManager();
    RequestedBy dee = person("dee-" + bm);
    var first = envelope(tenant, connected(bm, dee), Instant.parse("2026-12-04T11:00:00Z"));
    publish(first);
    await().atMost(PATIENCE).until(() -> adminsOf(bm).size() == 1);
    var failure = envelope(tenant, provisioningFailed(bm, dee));
    publish(failure);
    awaitNotifications(tenant, dee.userId(), 1);
    await().atMost(PATIENCE).until(() -> SMTP.receivedBy(dee.email()).size() == 1);
    double duplicates = duplicates(NoticeKind.SYSTEM_USER_PROVISIONING_FAILED);
    var olderReconnect =
        envelope(
            tenant,
            new BusinessManagerConnected(
                bm, "Old name", dee, List.of(), null, first.payload().adminToken(), true),
            Instant.parse("2026-12-04T10:00:00Z"));

    publish(again(first));
    publish(olderReconnect);
    publish(again(failure));

    awaitCounter(
        duplicates,
        1,
        "mooring.notifications.created",
        "kind",
        NoticeKind.SYSTEM_USER_PROVISIONING_FAILED.name(),
        "outcome",
        "duplicate");
    assertThat(adminsOf(bm))
        .singleElement()
        .satisfies(a -> assertThat(a.businessManagerName()).isEqualTo("BM " + bm));
    assertThat(notificationsOf(tenant, dee.userId())).hasSize(1);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(PATIENCE)
        .until(() -> SMTP.receivedBy(dee.email()).size() == 1);
  }

  @Test
  void unreadableAndMisplacedRecordsGoToTheDeadLetterTopicsWithTheReason() {
    for (Topic topic : List.of(Topics.SYSTEM_USER_EVENTS, Topics.BUSINESS_MANAGER_EVENTS)) {
      String malformedKey = "poison-" + UUID.randomUUID();
      String misplacedKey = "misplaced-" + UUID.randomUUID();
      var misplaced =
          envelope(tenant, TestEvents.movedPage(UUID.randomUUID(), TestEvents.pageId(1)));

      sendRaw(topic.name(), malformedKey, "[]");
      sendRaw(topic.name(), misplacedKey, EnvelopeCodec.encodeToString(misplaced));

      assertThat(deadLetterReason(topic, malformedKey))
          .contains("envelope field 'type' is missing");
      assertThat(deadLetterReason(topic, misplacedKey))
          .contains("PageMovedToSystemUser does not belong on " + topic.name());
    }
  }

  @Test
  void storeHiccupsAreRetriedOnBothTopics() {
    String bm = newBusinessManager();
    RequestedBy eve = person("eve-" + bm);
    doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doCallRealMethod()
        .when(admins)
        .recordConnection(any(), argThat(c -> c != null && c.businessManagerId().equals(bm)));
    doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doThrow(new DataAccessResourceFailureException("store briefly unavailable"))
        .doCallRealMethod()
        .when(admins)
        .of(anyString(), eq(bm));

    publish(envelope(tenant, connected(bm, eve)));
    await().atMost(PATIENCE).until(() -> adminsOf(bm).size() == 1);
    publish(envelope(tenant, provisioningFailed(bm, eve)));

    awaitNotifications(tenant, eve.userId(), 1);
    await().atMost(PATIENCE).until(() -> SMTP.receivedBy(eve.email()).size() == 1);
    verify(admins, atLeast(3))
        .recordConnection(any(), argThat(c -> c != null && c.businessManagerId().equals(bm)));
    verify(admins, atLeast(3)).of(anyString(), eq(bm));
    assertThat(notificationsOf(tenant, eve.userId())).hasSize(1);
    assertThat(outbox.byDedupeKey(awaitNotifications(tenant, eve.userId(), 1).get(0).dedupeKey()))
        .hasValueSatisfying(email -> assertThat(email.state()).isEqualTo(EmailState.SENT));
  }

  private static String newBusinessManager() {
    return String.valueOf(1_000_000_000_000_000L + (long) (Math.random() * 1_000_000_000L));
  }

  private void connect(String bm, RequestedBy... people) {
    for (RequestedBy person : people) {
      publish(envelope(tenant, connected(bm, person)));
    }
    await().atMost(PATIENCE).until(() -> adminsOf(bm).size() == people.length);
  }

  private List<BusinessManagerAdmin> adminsOf(String bm) {
    return mongo.find(
        Query.query(Criteria.where("tenantId").is(tenant).and("businessManagerId").is(bm)),
        BusinessManagerAdmin.class);
  }

  private double created(NoticeKind kind) {
    return counter("mooring.notifications.created", tags(kind));
  }

  private double duplicates(NoticeKind kind) {
    return counter("mooring.notifications.created", "kind", kind.name(), "outcome", "duplicate");
  }

  private static String[] tags(NoticeKind kind) {
    return new String[] {"kind", kind.name(), "outcome", "created"};
  }
}
