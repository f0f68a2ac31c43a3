package io.mooring.notification.accounts;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.businessmanager.BusinessManagerConnectionFailed;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import io.mooring.notification.delivery.Notifier;
import org.springframework.stereotype.Service;

/** Business Manager and System User events: keep track of admins, tell the right people. */
@Service
public class AccountEventsHandler {
  private final BusinessManagerAdmins admins;
  private final AccountNotices notices;
  private final Notifier notifier;

  public AccountEventsHandler(
      BusinessManagerAdmins admins, AccountNotices notices, Notifier notifier) {
    this.admins = admins;
    this.notices = notices;
    this.notifier = notifier;
  }

  public void connected(Envelope<?> envelope, BusinessManagerConnected connected) {
    admins.recordConnection(envelope, connected);
  }

  public void connectionFailed(Envelope<?> envelope, BusinessManagerConnectionFailed failed) {
    var recipients = admins.of(envelope.tenantId(), failed.businessManagerId());
    notifier.deliver(notices.connectionFailed(envelope, failed, recipients));
  }

  public void provisioned(Envelope<?> envelope, SystemUserProvisioned provisioned) {
    var recipients = admins.of(envelope.tenantId(), provisioned.businessManagerId());
    notifier.deliver(notices.provisioned(envelope, provisioned, recipients));
  }

  public void provisioningFailed(Envelope<?> envelope, SystemUserProvisioningFailed failed) {
    var recipients = admins.of(envelope.tenantId(), failed.businessManagerId());
    notifier.deliver(notices.provisioningFailed(envelope, failed, recipients));
  }
}
