package io.mooring.gateway.auth;

import java.util.List;

/** What anyone may call without an access token. Everything else needs one. */
public final class PublicPaths {
  /** Meta sends the person's browser here after Facebook Login; the login's state says whose. */
  public static final String LOGIN_CALLBACK = "/api/business-managers/connections/callback";

  /** The signed, expiring report link an email carries; its signature is the credential. */
  public static final String REPORT_LINKS = "/report-links/**";

  /** Routed to a service without a caller. */
  public static final List<String> ROUTED = List.of(LOGIN_CALLBACK, REPORT_LINKS);

  /** The gateway's own: health, metrics, API descriptions and the error page. */
  public static final List<String> OWN =
      List.of(
          "/actuator/health",
          "/actuator/health/**",
          "/actuator/info",
          "/actuator/prometheus",
          "/v3/api-docs",
          "/v3/api-docs/**",
          "/swagger-ui.html",
          "/swagger-ui/**",
          "/error");

  /** The dev issuer's endpoints, public only while its profile is on. */
  public static final String DEV_ISSUER = "/dev/**";

  private PublicPaths() {}
}
