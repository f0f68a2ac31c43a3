package io.mooring.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a sealed secret belongs to. It is bound to the ciphertext as associated data, so a token
 * sealed for one tenant's Business Manager cannot be opened as another's.
 */
public record SecretContext(String tenantId, String ownerId, String purpose) {
  public SecretContext {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(purpose, "purpose");
  }

  byte[] associatedData() {
    return ("mooring/v1|" + purpose + "|" + tenantId + "|" + ownerId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
