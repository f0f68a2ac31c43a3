package io.mooring.notification.accounts;

import io.mooring.contracts.businessmanager.BusinessManagerConnectionFailed;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.notification.config.NotificationProperties;
import io.mooring.notification.email.EmailTemplates;
import io.mooring.notification.notices.EmailContent;
import io.mooring.notification.notices.Notice;
import io.mooring.notification.notices.NoticeKind;
import io.mooring.notification.notices.Occurrence;
import io.mooring.notification.notices.Recipient;
import io.mooring.notification.notices.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What people are told about their Business Managers and System Users. Problems go to the person
 * who acted and to everyone who connected that Business Manager; a provisioning failure also by
 * email, since nothing can move until someone acts.
 */
@Component
public class AccountNotices {
  static final String PROVISIONING_FAILED_TEMPLATE = "provisioning-failed";

  private final EmailTemplates templates;
  private final NotificationProperties properties;

  public AccountNotices(EmailTemplates templates, NotificationProperties properties) {
    this.templates = templates;
    this.properties = properties;
  }

  public List<Notice> provisioned(
      Envelope<?> envelope, SystemUserProvisioned provisioned, List<Recipient> admins) {
    String systemUser =
        provisioned.systemUserName() == null
            ? "The System User"
            : "System User \"" + provisioned.systemUserName() + "\"";
    String text =
        systemUser
            + " is set up in Business Manager "
            + quoted(provisioned.businessManagerName(), provisioned.businessManagerId())
            + ". Pages can now be moved to it.";
    // Good news goes to whoever asked; only when nobody did, to the Business Manager's admins.
    List<Recipient> recipients =
        provisioned.requestedBy() != null
            ? List.of(Recipient.of(provisioned.requestedBy()))
            : admins;
    Occurrence occurrence = occurrence("system-user-provisioned", envelope);
    return recipients.stream()
        .map(
            to ->
                new Notice(
                    occurrence,
                    to,
                    NoticeKind.SYSTEM_USER_PROVISIONED,
                    Severity.SUCCESS,
                    "System User ready",
                    text,
                    null,
                    null))
        .toList();
  }

  public List<Notice> provisioningFailed(
      Envelope<?> envelope, SystemUserProvisioningFailed failed, List<Recipient> admins) {
    String bm = quoted(failed.businessManagerName(), failed.businessManagerId());
    String text =
        "System User setup failed for Business Manager "
            + bm
            + ": "
            + failed.reason().text()
            + " "
            + failed.nextStep()
            + missingPermissions(failed.missingPermissions());
    Occurrence occurrence = occurrence("system-user-provisioning-failed", envelope);
    List<Notice> notices = new ArrayList<>();
    for (Recipient to : union(failed.requestedBy(), admins)) {
      Map<String, Object> model = new HashMap<>();
      model.put("name", to.greetingName());
      model.put("businessManager", bm);
      model.put("reasonCode", failed.reason().name());
      model.put("reason", failed.reason().text());
      model.put("nextStep", failed.nextStep());
      model.put("missingPermissions", failed.missingPermissions());
      model.put("attempts", failed.attempts());
      model.put("appUrl", properties.publicBaseUrl().toString());
      EmailContent email =
          templates.render(
              PROVISIONING_FAILED_TEMPLATE,
              "System User setup failed for Business Manager " + bm,
              model);
      notices.add(
          new Notice(
              occurrence,
              to,
              NoticeKind.SYSTEM_USER_PROVISIONING_FAILED,
              Severity.ERROR,
              "System User setup failed",
              text,
              null,
              email));
    }
    return notices;
  }

  public List<Notice> connectionFailed(
      Envelope<?> envelope, BusinessManagerConnectionFailed failed, List<Recipient> admins) {
    String what =
        failed.businessManagerId() == null && failed.businessManagerName() == null
            ? "a Business Manager"
            : "Business Manager "
                + quoted(failed.businessManagerName(), failed.businessManagerId());
    String text =
        "Connecting "
            + what
            + " failed: "
            + failed.reason().text()
            + " "
            + failed.nextStep()
            + missingPermissions(failed.missingPermissions());
    Occurrence occurrence = occurrence("business-manager-connection-failed", envelope);
    return union(failed.attemptedBy(), admins).stream()
        .map(
            to ->
                new Notice(
                    occurrence,
                    to,
                    NoticeKind.BUSINESS_MANAGER_CONNECTION_FAILED,
                    Severity.ERROR,
                    "Business Manager not connected",
                    text,
                    null,
                    null))
        .toList();
  }

  /** Each event is its own occurrence: a second failure tomorrow is news, a redelivery is not. */
  private static Occurrence occurrence(String what, Envelope<?> envelope) {
    return new Occurrence(
        what + ":" + envelope.eventId(),
        envelope.tenantId(),
        envelope.eventId(),
        envelope.occurredAt());
  }

  /** The person who acted first, then the admins, each person once. */
  static List<Recipient> union(RequestedBy actor, List<Recipient> admins) {
    Map<String, Recipient> byUser = new LinkedHashMap<>();
    if (actor != null) {
      byUser.put(actor.userId(), Recipient.of(actor));
    }
    admins.forEach(admin -> byUser.putIfAbsent(admin.userId(), admin));
    return List.copyOf(byUser.values());
  }

  private static String quoted(String name, String id) {
    return "\"" + (name != null && !name.isBlank() ? name : id) + "\"";
  }

  private static String missingPermissions(List<String> missing) {
    return missing.isEmpty() ? "" : " Missing permissions: " + String.join(", ", missing) + ".";
  }
}
