package io.mooring.graph.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppSecretProofTest {

  @Test
  void isHmacSha256HexOfTheTokenKeyedByTheAppSecret() {
    // Expected value computed independently: python3 hmac.new(secret, token, sha256).hexdigest()
    assertThat(AppSecretProof.of("app-secret-123", "EAAtoken123"))
        .isEqualTo("ce70255822c8a2112a68b5ca8e6a85d5794c5fd3c8f61fde9f21b8231b66b2f2");
  }

  @Test
  void differsPerToken() {
    assertThat(AppSecretProof.of("s", "token-a")).isNotEqualTo(AppSecretProof.of("s", "token-b"));
  }
}
