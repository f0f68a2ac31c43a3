package io.mooring.graph.token;

import io.mooring.graph.transport.GraphRequest;
import io.mooring.graph.transport.GraphResponse;
import io.mooring.graph.transport.GraphTransport;
import io.mooring.graph.transport.Json;
import io.mooring.graph.transport.MalformedResponseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code debug_token}, {@code oauth/access_token} (code exchange, refresh) and {@code
 * oauth/revoke}.
 */
public final class TokenClient {

  private final GraphTransport transport;

  public TokenClient(GraphTransport transport) {
    this.transport = transport;
  }

  /** Inspects a token with the app token {@code appId|appSecret}. Operation {@code debug_token}. */
  public DebugTokenInfo debugToken(AccessToken inputToken) {
    GraphRequest request =
        GraphRequest.get("debug_token", "debug_token")
            .token(appToken())
            .secretParam("input_token", inputToken.value())
            .build();
    return transport.execute(request, response -> debugTokenInfo(response, inputToken));
  }

  /**
   * Exchanges a Facebook Login authorization code for a token. Operation {@code
   * oauth.access_token}.
   */
  public TokenGrant exchangeCode(String code, String redirectUri) {
    GraphRequest request =
        oauthRequest().param("redirect_uri", redirectUri).secretParam("code", code).build();
    return transport.execute(request, TokenGrants::fromResponse);
  }

  /**
   * Refreshes a token ({@code grant_type=fb_exchange_token}); with {@code expiresIn60Days} Meta
   * issues a 60-day token. The old token stays valid until its own expiry. Operation {@code
   * oauth.access_token}.
   */
  public TokenGrant refresh(AccessToken token, boolean expiresIn60Days) {
    GraphRequest.Builder request =
        oauthRequest()
            .param("grant_type", "fb_exchange_token")
            .secretParam("fb_exchange_token", token.value());
    if (expiresIn60Days) {
      request.param("set_token_expires_in_60_days", true);
    }
    return transport.execute(request.build(), TokenGrants::fromResponse);
  }

  /**
   * Invalidates a token at once ({@code GET /oauth/revoke}); with {@link #refresh} it gives
   * zero-downtime rotation: refresh, deploy the new token, revoke the old one. Operation {@code
   * oauth.revoke}.
   *
   * @return Meta's {@code success}
   */
  public boolean revoke(AccessToken token) {
    GraphRequest request =
        GraphRequest.get("oauth.revoke", "oauth/revoke")
            .token(appToken())
            .param("client_id", transport.config().appId())
            .secretParam("client_secret", transport.config().appSecret())
            .secretParam("revoke_token", token.value())
            .build();
    return transport.execute(request, response -> Json.success(response.body()));
  }

  private GraphRequest.Builder oauthRequest() {
    return GraphRequest.get("oauth.access_token", "oauth/access_token")
        .token(appToken())
        .param("client_id", transport.config().appId())
        .secretParam("client_secret", transport.config().appSecret());
  }

  private AccessToken appToken() {
    return AccessToken.app(transport.config().appId(), transport.config().appSecret());
  }

  private static DebugTokenInfo debugTokenInfo(GraphResponse response, AccessToken inputToken) {
    JsonNode data = response.body().path("data");
    if (!data.isObject()) {
      throw new MalformedResponseException("missing object 'data'");
    }
    JsonNode error = data.path("error");
    return new DebugTokenInfo(
        Json.text(data, "app_id").orElse(null),
        TokenType.fromGraph(Json.text(data, "type").orElse(null)),
        Json.text(data, "application").orElse(null),
        Json.text(data, "user_id").orElse(null),
        data.path("is_valid").asBoolean(false),
        instant(data, "issued_at"),
        instant(data, "expires_at"),
        instant(data, "data_access_expires_at"),
        Json.strings(data, "scopes"),
        Json.list(
            data,
            "granular_scopes",
            scope ->
                new GranularScope(
                    Json.text(scope, "scope").orElse(""), Json.strings(scope, "target_ids"))),
        error.isObject()
            ? Optional.of(
                new DebugTokenInfo.TokenDebugError(
                    error.path("code").asInt(0),
                    error.path("subcode").isNumber() ? error.path("subcode").asInt() : null,
                    Json.text(error, "message")
                        .map(text -> Secrets.scrub(text, List.of(inputToken.value())))
                        .orElse(null)))
            : Optional.empty());
  }

  /** Unix seconds; Meta uses 0 for "never". */
  private static Optional<Instant> instant(JsonNode node, String field) {
    return Json.positiveLong(node, field).map(Instant::ofEpochSecond);
  }
}
