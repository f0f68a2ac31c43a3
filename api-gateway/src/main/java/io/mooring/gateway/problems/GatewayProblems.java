package io.mooring.gateway.problems;

import io.mooring.gateway.tracing.TraceIds;
import io.mooring.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own errors as RFC 9457 problems ({@code application/problem+json}), each carrying
 * the request's trace id, whether they come from a filter, a controller or the error page.
 */
@Component
public class GatewayProblems {
  private static final URI BLANK = URI.create("about:blank");
  private final TraceIds traceIds;
  private final JsonMapper json;

  public GatewayProblems(TraceIds traceIds, JsonMapper json) {
    this.traceIds = traceIds;
    this.json = json;
  }

  /** A problem with Mooring's type URI for its kind ({@code slug}). */
  public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
    return Problems.of(status, slug, title, detail).getBody();
  }

  /**
   * Adds what every gateway problem carries: a Mooring type (Spring's own errors come as {@code
   * about:blank}), the request path and the trace id.
   */
  public ProblemDetail stamp(ProblemDetail problem, HttpServletRequest request) {
    if (problem.getType() == null || BLANK.equals(problem.getType())) {
      HttpStatus status = HttpStatus.resolve(problem.getStatus());
      String slug =
          status == null
              ? "error"
              : status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      problem.setType(URI.create(Problems.TYPE_BASE + slug));
    }
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(request.getRequestURI()));
    }
    String traceId = traceIds.of(request);
    if (traceId != null) {
      problem.setProperty("traceId", traceId);
    }
    return problem;
  }

  /** Writes the problem as the response (for filters, which run outside Spring MVC). */
  public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    stamp(problem, request);
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body(problem));
  }

  private static Map<String, Object> body(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    if (problem.getDetail() != null) {
      body.put("detail", problem.getDetail());
    }
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }
}
