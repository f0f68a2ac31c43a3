package io.mooring.notification.accounts;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who connected a Business Manager: told about that Business Manager's problems. */
@Document(BusinessManagerAdmins.COLLECTION)
public record BusinessManagerAdmin(
    @Id String id,
    String tenantId,
    String businessManagerId,
    String businessManagerName,
    String userId,
    String email,
    String displayName,
    Instant connectedAt) {

  static String idOf(String tenantId, String businessManagerId, String userId) {
    return tenantId + "|" + businessManagerId + "|" + userId;
  }
}
