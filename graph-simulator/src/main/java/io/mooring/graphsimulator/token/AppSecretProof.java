package io.mooring.graphsimulator.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code appsecret_proof}: HMAC-SHA256 of the access token keyed by the app secret, lower hex. */
public final class AppSecretProof {
  private AppSecretProof() {}

  public static String of(String accessToken, String appSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Constant-time comparison, case-insensitive on hex digits. */
  public static boolean matches(String proof, String accessToken, String appSecret) {
    if (proof == null) {
      return false;
    }
    byte[] expected = of(accessToken, appSecret).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = proof.toLowerCase().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }
}
