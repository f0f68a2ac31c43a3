package io.mooring.bmconnector.registry;

import io.mooring.contracts.common.ReasonCode;
import java.time.Instant;
import java.util.List;

/** A Business Manager as the console shows it; never holds a token. */
public record BusinessManagerView(
    String businessManagerId,
    String name,
    String connectedByEmail,
    Instant connectedAt,
    ConnectionStatus connectionStatus,
    Instant connectionExpiresAt,
    List<String> grantedScopes,
    SystemUser systemUser) {

  /** The System User badge: status, and why and what next when it failed. */
  public record SystemUser(
      SystemUserStatus status,
      boolean enabled,
      String systemUserId,
      String name,
      List<String> scopes,
      Instant tokenExpiresAt,
      ReasonCode reason,
      String nextStep) {}

  public static BusinessManagerView of(BusinessManagerRecord record, Instant now) {
    SystemUserState su = record.systemUser();
    return new BusinessManagerView(
        record.businessManagerId(),
        record.name(),
        record.connectedBy() == null ? null : record.connectedBy().email(),
        record.connectedAt(),
        record.connectionStatus(now),
        record.adminTokenExpiresAt(),
        record.grantedScopes(),
        new SystemUser(
            su.status(),
            su.status() == SystemUserStatus.ENABLED,
            su.systemUserId(),
            su.systemUserName(),
            su.scopes(),
            su.tokenExpiresAt(),
            su.reason(),
            su.nextStep()));
  }
}
