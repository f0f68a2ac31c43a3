package io.mooring.bmconnector.registry;

import io.mooring.contracts.common.ReasonCode;
import java.time.Instant;
import java.util.List;

/**
 * The System User as the connector knows it from the provisioner's events. {@code
 * lastAppliedEventId} makes applying an event twice harmless.
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
    String lastAppliedEventId) {

  public static SystemUserState notSetUp() {
    return new SystemUserState(
        SystemUserStatus.NOT_SET_UP, null, null, List.of(), null, null, null, null, null, null);
  }
}
