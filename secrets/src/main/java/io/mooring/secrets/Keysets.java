package io.mooring.secrets;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/** Reads (or, for development only, creates) the keyset the vault uses. */
public final class Keysets {
  private Keysets() {}

  public static KeysetHandle load(SecretsProperties properties) {
    try {
      AeadConfig.register();
      if (properties.keyset() != null && !properties.keyset().isBlank()) {
        return parse(properties.keyset());
      }
      if (properties.keysetFile() != null && Files.exists(properties.keysetFile())) {
        return parse(Files.readString(properties.keysetFile(), StandardCharsets.UTF_8));
      }
      if (properties.generateDevKeyset() && properties.keysetFile() != null) {
        KeysetHandle generated = generate();
        Files.createDirectories(properties.keysetFile().toAbsolutePath().getParent());
        Files.writeString(properties.keysetFile(), toJson(generated), StandardCharsets.UTF_8);
        restrictToOwner(properties);
        return generated;
      }
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException("the configured keyset is not a valid Tink keyset", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new SecretSealingException(
        "no keyset: set mooring.secrets.keyset or mooring.secrets.keyset-file"
            + " (mooring.secrets.generate-dev-keyset=true creates one for development)");
  }

  public static KeysetHandle generate() throws GeneralSecurityException {
    AeadConfig.register();
    return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
  }

  public static String toJson(KeysetHandle keyset) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
  }

  private static KeysetHandle parse(String json) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
  }

  private static void restrictToOwner(SecretsProperties properties) throws IOException {
    try {
      Files.setPosixFilePermissions(
          properties.keysetFile(), PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file stays with the folder's permissions.
    }
  }
}
