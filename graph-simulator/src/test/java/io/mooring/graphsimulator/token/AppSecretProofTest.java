package io.mooring.graphsimulator.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppSecretProofTest {
  // Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'3c1e...7d',
  // b'EAAMexampletoken', hashlib.sha256).hexdigest())"
  private static final String EXPECTED =
      "559f4afdafb5e149d50b168ca15ae7c699c458175877a77bf7324bdb21498efe";
  private static final String SECRET = "3c1e0a9d7b5f4c2e8a6d0b9f1e3c5a7d";

  @Test
  void isHmacSha256HexOfTheTokenKeyedByTheSecret() {
    assertThat(AppSecretProof.of("EAAMexampletoken", SECRET)).isEqualTo(EXPECTED);
  }

  @Test
  void matchesIgnoresHexCaseAndRejectsOthers() {
    assertThat(AppSecretProof.matches(EXPECTED.toUpperCase(), "EAAMexampletoken", SECRET)).isTrue();
    assertThat(AppSecretProof.matches(EXPECTED, "EAAMothertoken", SECRET)).isFalse();
    assertThat(AppSecretProof.matches(null, "EAAMexampletoken", SECRET)).isFalse();
    assertThat(AppSecretProof.matches("abc", "EAAMexampletoken", SECRET)).isFalse();
  }

  @Test
  void masksTokens() {
    assertThat(AccessToken.mask("EAAMexampletoken")).isEqualTo("EAAM…");
    assertThat(AccessToken.mask("abc")).isEqualTo("…");
  }
}
