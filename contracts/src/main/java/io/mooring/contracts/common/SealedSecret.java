package io.mooring.contracts.common;

import java.util.Objects;

/**
 * A secret (a token) encrypted with the key named by {@code keyId}. Only the ciphertext ever
 * travels; messages never carry a token in plain text.
 */
public record SealedSecret(String keyId, String ciphertext) {
  public SealedSecret {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(ciphertext, "ciphertext");
  }

  @Override
  public String toString() {
    return "SealedSecret[keyId=" + keyId + ", ciphertext=<" + ciphertext.length() + " chars>]";
  }
}
