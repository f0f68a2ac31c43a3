package io.mooring.platform.identity;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets every service's controllers take a verified {@link Caller} parameter. */
@ConditionalOnProperty(prefix = "mooring.platform", name = "enabled", matchIfMissing = true)
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  InternalIdentityTokens internalIdentityTokens(IdentityProperties properties) {
    return new InternalIdentityTokens(properties, Clock.systemUTC());
  }

  @Bean
  WebMvcConfigurer callerArgumentResolverConfigurer(InternalIdentityTokens tokens) {
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver(tokens));
      }
    };
  }
}
