package io.mooring.graph.token;

import io.mooring.graph.transport.GraphResponse;
import io.mooring.graph.transport.Json;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Reads {@code {"access_token","token_type","expires_in"}}, the answer of every token grant. */
public final class TokenGrants {

  private TokenGrants() {}

  public static TokenGrant fromResponse(GraphResponse response) {
    JsonNode body = response.body();
    return new TokenGrant(
        AccessToken.of(Json.requiredText(body, "access_token")),
        Json.text(body, "token_type"),
        Json.positiveLong(body, "expires_in").map(Duration::ofSeconds));
  }
}
