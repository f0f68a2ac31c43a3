package io.mooring.graph;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.mooring.graph.batch.BatchClient;
import io.mooring.graph.business.BusinessClient;
import io.mooring.graph.me.MeClient;
import io.mooring.graph.metrics.GraphMetrics;
import io.mooring.graph.page.PageClient;
import io.mooring.graph.systemuser.SystemUserClient;
import io.mooring.graph.token.TokenClient;
import io.mooring.graph.transport.GraphTransport;
import io.mooring.graph.usage.UsageListener;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point: one shared, pooled transport and a typed client per feature. Thread-safe; build one
 * per app and reuse it.
 *
 * <pre>{@code
 * GraphApiClient graph = GraphApiClient.builder(GraphApiConfig.builder(appId, appSecret).build())
 *     .meterRegistry(meterRegistry)
 *     .usageListener((operation, usage) -> ...)
 *     .build();
 * PageInfo page = graph.pages().read(systemUserToken, pageId);
 * }</pre>
 */
public final class GraphApiClient {

  private final GraphTransport transport;
  private final TokenClient tokens;
  private final MeClient me;
  private final BusinessClient businesses;
  private final SystemUserClient systemUsers;
  private final PageClient pages;
  private final BatchClient batch;

  private GraphApiClient(GraphTransport transport) {
    this.transport = transport;
    this.tokens = new TokenClient(transport);
    this.me = new MeClient(transport);
    this.businesses = new BusinessClient(transport);
    this.systemUsers = new SystemUserClient(transport);
    this.pages = new PageClient(transport);
    this.batch = new BatchClient(transport);
  }

  public static Builder builder(GraphApiConfig config) {
    return new Builder(config);
  }

  /** {@code debug_token}, code exchange and token refresh. */
  public TokenClient tokens() {
    return tokens;
  }

  /** {@code /me}, {@code /me/businesses}, {@code /me/accounts}. */
  public MeClient me() {
    return me;
  }

  /** OBO, system users of a business, owned and client Pages. */
  public BusinessClient businesses() {
    return businesses;
  }

  /** A system user's app installs, tokens and assigned Pages. */
  public SystemUserClient systemUsers() {
    return systemUsers;
  }

  /** Page token, task assignments, webhook subscriptions. */
  public PageClient pages() {
    return pages;
  }

  /** Batch requests (at most 50 items). */
  public BatchClient batch() {
    return batch;
  }

  public GraphApiConfig config() {
    return transport.config();
  }

  /** Builds a {@link GraphApiClient}. */
  public static final class Builder {
    private final GraphApiConfig config;
    private final List<UsageListener> usageListeners = new ArrayList<>();
    private MeterRegistry meterRegistry;
    private HttpClient httpClient;
    private JsonMapper jsonMapper;

    private Builder(GraphApiConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** Where {@code mooring.graph.requests} goes; without one, nothing is recorded. */
    public Builder meterRegistry(MeterRegistry meterRegistry) {
      this.meterRegistry = meterRegistry;
      return this;
    }

    /** Called with the usage headers of every answer that has them. */
    public Builder usageListener(UsageListener listener) {
      usageListeners.add(Objects.requireNonNull(listener));
      return this;
    }

    /**
     * A custom JDK client (proxy, TLS, executor). Its own connect timeout then applies; the read
     * timeout of {@link GraphApiConfig} is still set on every request.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    public Builder jsonMapper(JsonMapper jsonMapper) {
      this.jsonMapper = jsonMapper;
      return this;
    }

    public GraphApiClient build() {
      HttpClient http =
          httpClient != null
              ? httpClient
              : HttpClient.newBuilder()
                  .connectTimeout(config.connectTimeout())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
      MeterRegistry registry = meterRegistry != null ? meterRegistry : new CompositeMeterRegistry();
      JsonMapper json = jsonMapper != null ? jsonMapper : JsonMapper.builder().build();
      return new GraphApiClient(
          new GraphTransport(config, http, json, new GraphMetrics(registry), usageListeners));
    }
  }
}
