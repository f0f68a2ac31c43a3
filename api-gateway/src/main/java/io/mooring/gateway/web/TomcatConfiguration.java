package io.mooring.gateway.web;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

  /**
   * An encoded slash ({@code %2F}) in a path is passed on undecoded, so Spring Security's firewall
   * refuses it as a problem with a trace id, instead of Tomcat answering with an HTML page.
   */
  @Bean
  TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
    return connector ->
        connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
  }
}
