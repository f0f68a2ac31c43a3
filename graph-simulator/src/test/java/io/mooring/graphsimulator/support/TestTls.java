package io.mooring.graphsimulator.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away self-signed certificate for localhost (made with the JDK's keytool), so the
 * simulator can serve HTTPS and Meta's SDK can use its own synchronous executor, which only works
 * with {@code HttpsURLConnection}.
 */
public final class TestTls {
  public static final String PASSWORD = "changeit";
  private static Path keyStore;

  private TestTls() {}

  public static synchronized Path keyStore() throws Exception {
    if (keyStore != null) {
      return keyStore;
    }
    Path dir = Files.createDirectories(Path.of("target", "test-tls"));
    Path file = dir.resolve("simulator.p12");
    Files.deleteIfExists(file);
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "simulator",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    keyStore = file;
    return file;
  }

  /** Spring Boot properties that make the simulator serve HTTPS with the test certificate. */
  public static Map<String, Object> serverProperties() throws Exception {
    return Map.of(
        "server.ssl.key-store",
        keyStore().toAbsolutePath().toString(),
        "server.ssl.key-store-password",
        PASSWORD,
        "server.ssl.key-store-type",
        "PKCS12",
        "server.ssl.key-alias",
        "simulator");
  }

  /** Makes {@code HttpsURLConnection} (this JVM only) trust the test certificate. */
  public static void trustForHttpsUrlConnection() throws Exception {
    HttpsURLConnection.setDefaultSSLSocketFactory(sslContext().getSocketFactory());
  }

  /** An SSL context that trusts the test certificate. */
  public static SSLContext sslContext() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore())) {
      trust.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
