package io.mooring.bmconnector.connect;

import io.mooring.platform.meta.MetaProperties;
import java.net.URI;
import org.springframework.web.util.UriComponentsBuilder;

/** The Facebook Login for Business dialog URL for one attempt. */
final class LoginUrls {
  private LoginUrls() {}

  static URI loginUrl(ConnectProperties connect, MetaProperties meta, String state) {
    UriComponentsBuilder url =
        UriComponentsBuilder.fromUri(connect.loginDialogBaseUrl())
            .path("/" + meta.apiVersion() + "/dialog/oauth")
            .queryParam("client_id", meta.appId())
            .queryParam("redirect_uri", connect.redirectUri())
            .queryParam("state", state)
            .queryParam("response_type", "code")
            .queryParam("scope", String.join(",", connect.requiredScopes()));
    if (connect.configId() != null && !connect.configId().isBlank()) {
      url.queryParam("config_id", connect.configId())
          .queryParam("override_default_response_type", "true");
    }
    return url.encode().build().toUri();
  }
}
