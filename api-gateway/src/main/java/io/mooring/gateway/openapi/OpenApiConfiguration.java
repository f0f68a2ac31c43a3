package io.mooring.gateway.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  /** The gateway's own endpoints; {@link CombinedApiDocs} adds the services'. */
  @Bean
  OpenAPI gatewayOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Mooring API gateway")
                .version("v1")
                .description("The gateway's own endpoints: health, metrics, dev issuer."));
  }
}
