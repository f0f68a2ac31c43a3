package io.mooring.graphsimulator.web;

import io.mooring.graphsimulator.graph.GraphDispatcher;
import io.mooring.graphsimulator.graph.GraphRequest;
import io.mooring.graphsimulator.graph.GraphResponse;
import io.mooring.graphsimulator.graph.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP face of the Graph API: every path not taken by a more specific mapping. Parameters come
 * from the query string, a form-urlencoded body or a multipart/form-data body (Meta's Java SDK
 * sends POST and DELETE as multipart).
 */
@RestController
public class GraphController {
  private static final String JSON_UTF8 = "application/json; charset=UTF-8";

  private final GraphDispatcher dispatcher;

  public GraphController(GraphDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @RequestMapping("/**")
  public ResponseEntity<byte[]> handle(HttpServletRequest request) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/_simulator")) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .header(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
          .body("{\"error\":\"admin API disabled\"}".getBytes(StandardCharsets.UTF_8));
    }
    GraphRequest graphRequest =
        new GraphRequest(
            request.getMethod(), path, params(request), headerToken(request), baseUrl(request));
    GraphResponse response = dispatcher.dispatch(graphRequest);
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(response.status()).header(HttpHeaders.CONTENT_TYPE, JSON_UTF8);
    response.headers().forEach(builder::header);
    return builder.body(Json.bytes(response.body()));
  }

  private static Map<String, String> params(HttpServletRequest request) throws IOException {
    Map<String, String> params = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (values.length > 0) {
                params.put(name, values[0]);
              }
            });
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
      try {
        for (Part part : request.getParts()) {
          if (part.getSubmittedFileName() == null && !params.containsKey(part.getName())) {
            params.put(
                part.getName(),
                new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      } catch (ServletException | IllegalStateException e) {
        // Not a parsable multipart body: the parameters we have are all there is.
      }
    }
    return params;
  }

  private static String headerToken(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null) {
      return null;
    }
    for (String scheme : new String[] {"OAuth ", "Bearer "}) {
      if (authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return authorization.substring(scheme.length()).trim();
      }
    }
    return null;
  }

  private static String baseUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }
}
