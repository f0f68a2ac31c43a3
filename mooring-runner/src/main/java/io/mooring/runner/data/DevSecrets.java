package io.mooring.runner.data;

import com.google.crypto.tink.aead.AeadConfig;
import io.mooring.secrets.Keysets;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The development secrets the services share, made once and kept in the data folder so that sealed
 * tokens, identities and report links stay valid across restarts. Development only: production
 * mounts real secrets.
 *
 * <p>The runner creates the Tink keyset itself, before any service starts: three services starting
 * together with {@code generate-dev-keyset} would each write their own.
 *
 * @param keysetFile the Tink keyset every token-handling service reads
 * @param identitySigningKey the key the gateway signs identities with and the services verify
 * @param linkSigningKey the key of the report links in emails
 * @param partnerAdminSystemUserToken the simulated partner's admin System User token
 */
public record DevSecrets(
    Path keysetFile,
    String identitySigningKey,
    String linkSigningKey,
    String partnerAdminSystemUserToken) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  public static DevSecrets loadOrCreate(DataFolder data) {
    try {
      Files.createDirectories(data.secrets());
      Path keyset = data.secrets().resolve("keyset.json");
      if (!Files.exists(keyset)) {
        AeadConfig.register();
        Files.writeString(keyset, Keysets.toJson(Keysets.generate()), StandardCharsets.UTF_8);
        ownerOnly(keyset);
      }
      Path file = data.secrets().resolve("dev-secrets.properties");
      Properties values = new Properties();
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          values.load(in);
        }
      }
      boolean changed = false;
      changed |= fill(values, "identity-signing-key", DevSecrets::randomKey);
      changed |= fill(values, "link-signing-key", DevSecrets::randomKey);
      changed |= fill(values, "partner-admin-system-user-token", DevSecrets::randomGraphToken);
      if (changed) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          values.store(out, "Mooring development secrets (made by the runner; development only)");
        }
        ownerOnly(file);
      }
      return new DevSecrets(
          keyset,
          values.getProperty("identity-signing-key"),
          values.getProperty("link-signing-key"),
          values.getProperty("partner-admin-system-user-token"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the development secrets", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot create a Tink keyset", e);
    }
  }

  private static boolean fill(
      Properties values, String name, java.util.function.Supplier<String> value) {
    String current = values.getProperty(name);
    if (current != null && !current.isBlank()) {
      return false;
    }
    values.setProperty(name, value.get());
    return true;
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** Shaped like the simulator's own tokens ("EAAM" and 140 letters or digits). */
  private static String randomGraphToken() {
    StringBuilder token = new StringBuilder("EAAM");
    for (int i = 0; i < 140; i++) {
      token.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
    }
    return token.toString();
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file keeps the folder's permissions.
    }
  }

  @Override
  public String toString() {
    return "DevSecrets[keysetFile=" + keysetFile + ", keys masked]";
  }
}
