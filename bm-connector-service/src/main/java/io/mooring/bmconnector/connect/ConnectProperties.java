package io.mooring.bmconnector.connect;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Facebook Login for Business as Mooring uses it.
 *
 * @param loginDialogBaseUrl where the login dialog lives (https://www.facebook.com, or the
 *     simulator)
 * @param configId the Login for Business configuration id from the App Dashboard
 * @param redirectUri the callback Meta sends the person back to (through the gateway)
 * @param requiredScopes permissions the admin's token must carry, all of them
 * @param attemptTtl how long a started login may take
 */
@ConfigurationProperties("mooring.connect")
public record ConnectProperties(
    URI loginDialogBaseUrl,
    String configId,
    URI redirectUri,
    List<String> requiredScopes,
    Duration attemptTtl) {

  public static final List<String> DEFAULT_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement");

  public ConnectProperties {
    loginDialogBaseUrl =
        loginDialogBaseUrl == null ? URI.create("https://www.facebook.com") : loginDialogBaseUrl;
    requiredScopes =
        requiredScopes == null || requiredScopes.isEmpty() ? DEFAULT_SCOPES : requiredScopes;
    attemptTtl = attemptTtl == null ? Duration.ofMinutes(10) : attemptTtl;
  }
}
