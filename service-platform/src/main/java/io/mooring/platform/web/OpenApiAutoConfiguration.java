package io.mooring.platform.web;

import io.mooring.platform.identity.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

/**
 * Every service documents its REST endpoints at {@code /v3/api-docs} (the gateway merges them). The
 * verified {@link Caller} is not a request parameter clients send: it is left out.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
public class OpenApiAutoConfiguration {
  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
  }
}
