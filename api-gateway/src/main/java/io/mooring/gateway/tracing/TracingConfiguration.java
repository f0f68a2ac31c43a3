package io.mooring.gateway.tracing;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

  /** Right after the server observation filter, which opens the request's span. */
  @Bean
  FilterRegistrationBean<TraceIdResponseFilter> traceIdResponseFilter(TraceIds traceIds) {
    var registration = new FilterRegistrationBean<>(new TraceIdResponseFilter(traceIds));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
