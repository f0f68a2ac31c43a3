package io.mooring.gateway.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one OpenAPI description of Mooring's REST surface (Swagger UI shows it). Kept for a short
 * while, so that this public endpoint cannot be used to flood the services with fetches.
 */
@Hidden
@RestController
class CombinedApiDocsController {
  private static final Duration KEPT_FOR = Duration.ofSeconds(30);

  private final ApiDocsSources sources;
  private final Clock clock;
  private volatile Combined latest;

  CombinedApiDocsController(ApiDocsSources sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
  ObjectNode combined() {
    Combined kept = latest;
    Instant now = clock.instant();
    if (kept == null || now.isAfter(kept.at().plus(KEPT_FOR))) {
      kept = new Combined(CombinedApiDocs.combine(sources.gateway(), sources.services()), now);
      latest = kept;
    }
    return kept.document();
  }

  private record Combined(ObjectNode document, Instant at) {}
}
