package io.mooring.gateway.testing;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** An answer of the gateway: status, headers and the body as JSON (empty object if none). */
public record HttpResponse(int status, HttpHeaders headers, String text, JsonNode body) {
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public String contentType() {
    return header("Content-Type");
  }
}
