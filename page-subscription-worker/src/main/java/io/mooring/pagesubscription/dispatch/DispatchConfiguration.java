package io.mooring.pagesubscription.dispatch;

import io.mooring.pagesubscription.enablement.EnablementProperties;
import io.mooring.pagesubscription.retry.RetryPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {
  @Bean
  RetryPolicy retryPolicy(EnablementProperties properties) {
    return new RetryPolicy(properties);
  }
}
