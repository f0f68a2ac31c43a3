package io.mooring.gateway.web;

/** Requests the gateway routes to Mooring's services, as opposed to its own endpoints. */
public final class ServicePaths {
  private ServicePaths() {}

  /** The API ({@code /api}, {@code /api/**}) and the signed report links. */
  public static boolean isServiceRequest(String path) {
    return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/report-links/");
  }
}
