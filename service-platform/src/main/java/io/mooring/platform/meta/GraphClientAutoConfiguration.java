package io.mooring.platform.meta;

import io.micrometer.core.instrument.MeterRegistry;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.GraphApiConfig;
import io.mooring.graph.usage.UsageListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** One shared Graph client (pooled HTTP, metrics) for services that talk to Meta. */
@ConditionalOnProperty(prefix = "mooring.platform", name = "enabled", matchIfMissing = true)
@AutoConfiguration
@ConditionalOnClass(GraphApiClient.class)
@ConditionalOnProperty("mooring.meta.app-id")
@EnableConfigurationProperties(MetaProperties.class)
public class GraphClientAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  GraphApiClient graphApiClient(
      MetaProperties meta,
      ObjectProvider<MeterRegistry> meters,
      ObjectProvider<UsageListener> usageListeners) {
    GraphApiConfig config =
        GraphApiConfig.builder(meta.appId(), meta.appSecret())
            .baseUrl(meta.graphBaseUrl())
            .apiVersion(meta.apiVersion())
            .connectTimeout(meta.connectTimeout())
            .readTimeout(meta.readTimeout())
            .defaultThrottleRetryAfter(meta.defaultThrottleRetryAfter())
            .build();
    GraphApiClient.Builder builder = GraphApiClient.builder(config);
    meters.ifAvailable(builder::meterRegistry);
    usageListeners.orderedStream().forEach(builder::usageListener);
    return builder.build();
  }
}
