package io.mooring.bmconnector.registry;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.systemuser.SetupSystemUserRequested;
import java.time.Clock;

/** Builds the command that asks the provisioner to set up a Business Manager's System User. */
final class SetupCommands {
  static final String PRODUCER = "bm-connector-service";

  private SetupCommands() {}

  static Envelope<SetupSystemUserRequested> setup(
      BusinessManagerRecord record, RequestedBy requestedBy, Clock clock) {
    return Envelope.start(
        Messages.SETUP_SYSTEM_USER_REQUESTED,
        record.tenantId(),
        PRODUCER,
        new SetupSystemUserRequested(
            record.businessManagerId(), record.name(), requestedBy, record.adminToken()),
        clock);
  }
}
