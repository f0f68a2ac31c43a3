package io.mooring.graph.transport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code appsecret_proof}: HMAC-SHA256 of the access token keyed by the app secret, lower hex. */
public final class AppSecretProof {

  private static final String ALGORITHM = "HmacSHA256";

  private AppSecretProof() {}

  public static String of(String appSecret, String accessToken) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is mandatory in every JDK.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
