package io.mooring.graph;

import io.mooring.graph.token.Secrets;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link GraphApiClient}.
 *
 * @param baseUrl Graph host without version, e.g. {@code https://graph.facebook.com}
 * @param apiVersion version path segment, e.g. {@code v26.0}
 * @param appId the partner app's id
 * @param appSecret the partner app's secret; keys {@code appsecret_proof}. Masked in {@link
 *     #toString()}
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout time allowed for the response to arrive once the request is sent
 * @param defaultThrottleRetryAfter wait suggested by a throttle error when Meta's {@code
 *     X-Business-Use-Case-Usage} header gives no {@code estimated_time_to_regain_access}
 * @param policyBlockRetryAfter wait suggested by a policy block (code 368)
 */
public record GraphApiConfig(
    URI baseUrl,
    String apiVersion,
    String appId,
    String appSecret,
    Duration connectTimeout,
    Duration readTimeout,
    Duration defaultThrottleRetryAfter,
    Duration policyBlockRetryAfter) {

  public static final URI DEFAULT_BASE_URL = URI.create("https://graph.facebook.com");
  public static final String DEFAULT_API_VERSION = "v26.0";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_THROTTLE_RETRY_AFTER = Duration.ofMinutes(5);
  public static final Duration DEFAULT_POLICY_BLOCK_RETRY_AFTER = Duration.ofHours(1);

  public GraphApiConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    requireText(apiVersion, "apiVersion");
    requireText(appId, "appId");
    requireText(appSecret, "appSecret");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(defaultThrottleRetryAfter, "defaultThrottleRetryAfter");
    requirePositive(policyBlockRetryAfter, "policyBlockRetryAfter");
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      baseUrl = URI.create(base.substring(0, base.length() - 1));
    }
  }

  public static Builder builder(String appId, String appSecret) {
    return new Builder(appId, appSecret);
  }

  /** Same settings, another host (e.g. a local simulator). */
  public GraphApiConfig withBaseUrl(URI newBaseUrl) {
    return new GraphApiConfig(
        newBaseUrl,
        apiVersion,
        appId,
        appSecret,
        connectTimeout,
        readTimeout,
        defaultThrottleRetryAfter,
        policyBlockRetryAfter);
  }

  @Override
  public String toString() {
    return "GraphApiConfig[baseUrl=%s, apiVersion=%s, appId=%s, appSecret=%s, connectTimeout=%s, readTimeout=%s, defaultThrottleRetryAfter=%s, policyBlockRetryAfter=%s]"
        .formatted(
            baseUrl,
            apiVersion,
            appId,
            Secrets.mask(appSecret),
            connectTimeout,
            readTimeout,
            defaultThrottleRetryAfter,
            policyBlockRetryAfter);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }

  /** Builder with Meta's defaults; only app id and secret are required. */
  public static final class Builder {
    private final String appId;
    private final String appSecret;
    private URI baseUrl = DEFAULT_BASE_URL;
    private String apiVersion = DEFAULT_API_VERSION;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration defaultThrottleRetryAfter = DEFAULT_THROTTLE_RETRY_AFTER;
    private Duration policyBlockRetryAfter = DEFAULT_POLICY_BLOCK_RETRY_AFTER;

    private Builder(String appId, String appSecret) {
      this.appId = appId;
      this.appSecret = appSecret;
    }

    public Builder baseUrl(String baseUrl) {
      return baseUrl(URI.create(baseUrl));
    }

    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    public Builder defaultThrottleRetryAfter(Duration defaultThrottleRetryAfter) {
      this.defaultThrottleRetryAfter = defaultThrottleRetryAfter;
      return this;
    }

    public Builder policyBlockRetryAfter(Duration policyBlockRetryAfter) {
      this.policyBlockRetryAfter = policyBlockRetryAfter;
      return this;
    }

    public GraphApiConfig build() {
      return new GraphApiConfig(
          baseUrl,
          apiVersion,
          appId,
          appSecret,
          connectTimeout,
          readTimeout,
          defaultThrottleRetryAfter,
          policyBlockRetryAfter);
    }
  }
}
