package io.mooring.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.mooring.contracts.common.SealedSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVaultTest {
  private static final String TOKEN = "EAAGm0PX4ZCpsBAKZC-secret-page-token";
  private static final SecretContext ACME_BM = new SecretContext("acme", "1001", "bm-admin-token");

  @Test
  void aSealedTokenOpensInItsOwnContextOnlyAndNeverShowsThePlaintext() throws Exception {
    TokenVault vault = new TokenVault(Keysets.generate());

    SealedSecret sealed = vault.seal(TOKEN, ACME_BM);

    assertThat(sealed.ciphertext()).doesNotContain("secret-page-token");
    assertThat(sealed.toString()).doesNotContain(sealed.ciphertext());
    assertThat(vault.open(sealed, ACME_BM)).isEqualTo(TOKEN);
    assertThatThrownBy(
            () -> vault.open(sealed, new SecretContext("globex", "1001", "bm-admin-token")))
        .isInstanceOf(SecretSealingException.class)
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void aTamperedCiphertextDoesNotOpen() throws Exception {
    TokenVault vault = new TokenVault(Keysets.generate());
    SealedSecret sealed = vault.seal(TOKEN, ACME_BM);
    char[] chars = sealed.ciphertext().toCharArray();
    chars[10] = chars[10] == 'A' ? 'B' : 'A';

    assertThatThrownBy(
            () -> vault.open(new SealedSecret(sealed.keyId(), new String(chars)), ACME_BM))
        .isInstanceOf(SecretSealingException.class);
  }

  @Test
  void afterARotationOldSecretsStillOpenAndAreFlaggedForResealing() throws Exception {
    KeysetHandle before = Keysets.generate();
    SealedSecret sealedBefore = new TokenVault(before).seal(TOKEN, ACME_BM);
    KeysetHandle after =
        KeysetHandle.newBuilder(before)
            .addEntry(
                KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()
                    .setStatus(KeyStatus.ENABLED)
                    .makePrimary())
            .build();
    TokenVault rotated = new TokenVault(after);

    assertThat(rotated.open(sealedBefore, ACME_BM)).isEqualTo(TOKEN);
    assertThat(rotated.needsResealing(sealedBefore)).isTrue();
    assertThat(rotated.needsResealing(rotated.seal(TOKEN, ACME_BM))).isFalse();
  }

  @Test
  void aDevKeysetIsCreatedOnceAndReadBackFromItsFile(@TempDir Path dir) {
    Path file = dir.resolve("keys/keyset.json");
    var properties = new SecretsProperties(null, file, true);

    SealedSecret sealed = new TokenVault(Keysets.load(properties)).seal(TOKEN, ACME_BM);

    assertThat(Files.exists(file)).isTrue();
    assertThat(new TokenVault(Keysets.load(properties)).open(sealed, ACME_BM)).isEqualTo(TOKEN);
  }

  @Test
  void withoutAKeysetTheServiceRefusesToStartWithAClearMessage() {
    assertThatThrownBy(() -> Keysets.load(new SecretsProperties(null, null, false)))
        .isInstanceOf(SecretSealingException.class)
        .hasMessageContaining("mooring.secrets.keyset");
  }
}
