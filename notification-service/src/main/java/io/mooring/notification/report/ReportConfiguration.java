package io.mooring.notification.report;

import io.mooring.notification.config.NotificationProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {
  private static final Logger log = LoggerFactory.getLogger(ReportConfiguration.class);

  @Bean
  ReportLinks reportLinks(NotificationProperties properties, Clock clock) {
    return new ReportLinks(
        signingKey(properties.linkSigningKey()),
        properties.publicBaseUrl(),
        properties.reportLinkTtl(),
        clock);
  }

  private static byte[] signingKey(String configured) {
    if (configured != null && !configured.isBlank()) {
      return Base64.getDecoder().decode(configured.trim());
    }
    log.warn(
        "mooring.notifications.link-signing-key is not set: report links are signed with a random"
            + " key and stop working when this process stops. Set it outside development.");
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return random;
  }
}
