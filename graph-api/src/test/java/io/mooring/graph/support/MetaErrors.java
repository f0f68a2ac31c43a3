package io.mooring.graph.support;

/** Builds Meta error bodies as the Graph API sends them. */
public final class MetaErrors {

  private MetaErrors() {}

  public static String body(int code, Integer subcode, String message) {
    return body(code, subcode, message, null);
  }

  public static String body(int code, Integer subcode, String message, Boolean isTransient) {
    StringBuilder json =
        new StringBuilder("{\"error\":{\"message\":\"")
            .append(message)
            .append("\",\"type\":\"OAuthException\",\"code\":")
            .append(code);
    if (subcode != null) {
      json.append(",\"error_subcode\":").append(subcode);
    }
    if (isTransient != null) {
      json.append(",\"is_transient\":").append(isTransient);
    }
    return json.append(",\"fbtrace_id\":\"AbCdEfTrace").append(code).append("\"}}").toString();
  }

  /** An {@code X-Business-Use-Case-Usage} value for one Page. */
  public static String bucHeader(String objectId, int callCount, int regainMinutes) {
    return "{\""
        + objectId
        + "\":[{\"type\":\"pages\",\"call_count\":"
        + callCount
        + ",\"total_cputime\":10,\"total_time\":12,\"estimated_time_to_regain_access\":"
        + regainMinutes
        + "}]}";
  }
}
