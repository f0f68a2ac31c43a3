package io.mooring.runner.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSecretsTest {

  @Test
  void madeOnceThenReused(@TempDir Path dir) throws Exception {
    DataFolder data = new DataFolder(dir).create();

    DevSecrets first = DevSecrets.loadOrCreate(data);
    String keyset = Files.readString(first.keysetFile());
    DevSecrets second = DevSecrets.loadOrCreate(data);

    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(second.keysetFile())).isEqualTo(keyset);
    assertThat(keyset).contains("\"primaryKeyId\"").contains("AesGcmKey");
    assertThat(Base64.getDecoder().decode(first.identitySigningKey())).hasSize(32);
    assertThat(Base64.getDecoder().decode(first.linkSigningKey())).hasSize(32);
    assertThat(first.identitySigningKey()).isNotEqualTo(first.linkSigningKey());
    assertThat(first.partnerAdminSystemUserToken()).startsWith("EAAM").hasSize(144);
  }

  @Test
  void secretFilesAreTheOwnersOnlyAndNeverPrinted(@TempDir Path dir) throws Exception {
    DevSecrets secrets = DevSecrets.loadOrCreate(new DataFolder(dir).create());

    assertThat(Files.getPosixFilePermissions(secrets.keysetFile()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(
            Files.getPosixFilePermissions(dir.resolve("secrets").resolve("dev-secrets.properties")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(secrets.toString())
        .doesNotContain(secrets.identitySigningKey())
        .doesNotContain(secrets.partnerAdminSystemUserToken());
  }

  @Test
  void aSecondRunnerCannotTakeTheDataFolder(@TempDir Path dir) throws Exception {
    DataFolder data = new DataFolder(dir).create();
    try (DataLock lock = DataLock.tryAcquire(data).orElseThrow()) {
      assertThat(DataLock.tryAcquire(data)).isEmpty();
      assertThat(DataLock.holder(data)).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
    }
    try (DataLock again = DataLock.tryAcquire(data).orElseThrow()) {
      assertThat(again).isNotNull();
    }
  }
}
