package io.mooring.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import io.mooring.contracts.common.SealedSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Seals tokens with Tink's AEAD (AES-256-GCM). The sealed form names the key that sealed it, so
 * callers can tell which secrets still need re-sealing after a rotation.
 */
public class TokenVault {
  private final Aead aead;
  private final String primaryKeyId;

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public TokenVault(KeysetHandle keyset) {
    try {
      this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException("the keyset cannot make an AEAD", e);
    }
    this.primaryKeyId = "tink-" + Integer.toUnsignedString(keyset.getPrimary().getId());
  }

  public SealedSecret seal(String secret, SecretContext context) {
    try {
      byte[] ciphertext =
          aead.encrypt(secret.getBytes(StandardCharsets.UTF_8), context.associatedData());
      return new SealedSecret(primaryKeyId, Base64.getEncoder().encodeToString(ciphertext));
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException("could not seal a " + context.purpose(), e);
    }
  }

  public String open(SealedSecret sealed, SecretContext context) {
    try {
      byte[] plaintext =
          aead.decrypt(Base64.getDecoder().decode(sealed.ciphertext()), context.associatedData());
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SecretSealingException(
          "could not open a " + context.purpose() + " sealed with key " + sealed.keyId(), e);
    }
  }

  /** Whether a secret was sealed with a key other than today's primary. */
  public boolean needsResealing(SealedSecret sealed) {
    return !primaryKeyId.equals(sealed.keyId());
  }
}
