package io.mooring.graphsimulator.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Graph API error object. Meta's body is {@code {"error":{message,type,code,error_subcode,
 * is_transient,error_user_title,error_user_msg,fbtrace_id}}}; absent optional members are omitted.
 */
public record GraphError(
    int httpStatus,
    String message,
    String type,
    int code,
    Integer subcode,
    boolean isTransient,
    String userTitle,
    String userMessage) {

  public GraphError withHttpStatus(int status) {
    return new GraphError(
        status, message, type, code, subcode, isTransient, userTitle, userMessage);
  }

  public GraphError withMessage(String newMessage) {
    return new GraphError(
        httpStatus, newMessage, type, code, subcode, isTransient, userTitle, userMessage);
  }

  public GraphError withUserMessage(String title, String text) {
    return new GraphError(httpStatus, message, type, code, subcode, isTransient, title, text);
  }

  public Map<String, Object> toBody(String fbtraceId) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("type", type);
    error.put("code", code);
    if (subcode != null) {
      error.put("error_subcode", subcode);
    }
    error.put("is_transient", isTransient);
    if (userTitle != null) {
      error.put("error_user_title", userTitle);
    }
    if (userMessage != null) {
      error.put("error_user_msg", userMessage);
    }
    error.put("fbtrace_id", fbtraceId);
    return Map.of("error", error);
  }
}
