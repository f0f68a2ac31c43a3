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

  /** The token of the admin who connected a Business Manager. */
  public static SecretContext businessManagerAdminToken(String tenantId, String businessManagerId) {
    return new SecretContext(tenantId, businessManagerId, "bm-admin-token");
  }

  /** The token of the System User Mooring set up in a Business Manager. */
  public static SecretContext systemUserToken(String tenantId, String businessManagerId) {
    return new SecretContext(tenantId, businessManagerId, "system-user-token");
  }

  /** A page's token, minted with the System User's token. */
  public static SecretContext pageToken(String tenantId, String pageId) {
    return new SecretContext(tenantId, pageId, "page-token");
  }

  /** A person's token held briefly during a login that waits for them to choose a business. */
  public static SecretContext loginUserToken(String tenantId, String loginAttemptId) {
    return new SecretContext(tenantId, loginAttemptId, "login-user-token");
  }

  byte[] associatedData() {
    return ("mooring/v1|" + purpose + "|" + tenantId + "|" + ownerId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
