package io.mooring.platform.meta;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mooring's Meta app and where Meta's Graph API is (the simulator in development and tests).
 *
 * @param graphBaseUrl Graph API host, without version
 * @param apiVersion Graph API version
 * @param appId the partner app's id
 * @param appSecret the partner app's secret (keys appsecret_proof; from a secret, never logged)
 * @param connectTimeout connect timeout of Graph calls
 * @param readTimeout read timeout of Graph calls
 * @param defaultThrottleRetryAfter how long to wait after a throttle when Meta gives no estimate
 */
@ConfigurationProperties("mooring.meta")
public record MetaProperties(
    URI graphBaseUrl,
    String apiVersion,
    String appId,
    String appSecret,
    Duration connectTimeout,
    Duration readTimeout,
    Duration defaultThrottleRetryAfter) {

  public MetaProperties {
    graphBaseUrl = graphBaseUrl == null ? URI.create("https://graph.facebook.com") : graphBaseUrl;
    apiVersion = apiVersion == null ? "v26.0" : apiVersion;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
    defaultThrottleRetryAfter =
        defaultThrottleRetryAfter == null ? Duration.ofMinutes(5) : defaultThrottleRetryAfter;
  }

  @Override
  public String toString() {
    return "MetaProperties[graphBaseUrl="
        + graphBaseUrl
        + ", apiVersion="
        + apiVersion
        + ", appId="
        + appId
        + ", appSecret=<hidden>]";
  }
}
