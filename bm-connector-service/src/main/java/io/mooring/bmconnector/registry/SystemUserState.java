package io.mooring.bmconnector.registry;

import io.mooring.contracts.common.ReasonCode;
import java.time.Instant;
import java.util.List;

/**
 * The System User as the connector knows it from the provisioner's events. The last applied event's
 * id and time make a redelivered or an older replayed event harmless.
 */
public record SystemUserState(
    SystemUserStatus status,
    String systemUserId,
    String systemUserName,
    List<String> scopes,
    Instant tokenExpiresAt,
    ReasonCode reason,
    String nextStep,
    Instant requestedAt,
    Instant updatedAt,
    String lastAppliedEventId,
    Instant lastAppliedEventAt) {

  public static SystemUserState notSetUp() {
    return new SystemUserState(
        SystemUserStatus.NOT_SET_UP,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
