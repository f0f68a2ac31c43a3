package io.mooring.contracts.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The committed example of each message type, as a consumer would receive it. */
public final class Fixtures {
  private Fixtures() {}

  public static String envelopeJson(String messageType) {
    String path = "/fixtures/" + messageType + ".v1.json";
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
