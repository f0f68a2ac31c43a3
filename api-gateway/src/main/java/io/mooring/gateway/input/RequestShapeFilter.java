package io.mooring.gateway.input;

import io.mooring.gateway.problems.GatewayProblems;
import io.mooring.gateway.web.ServicePaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks what the gateway can check before a service sees a request: safe path segments and id
 * shapes, body size (413, refused unread when Content-Length says so), JSON bodies that parse, and
 * the shape of a new enablement job. A refused request reaches no service, so it changes nothing.
 */
public class RequestShapeFilter extends OncePerRequestFilter {
  private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final String JOBS = "/api/enablement-jobs";

  private final InputLimits limits;
  private final JsonMapper json;
  private final GatewayProblems problems;

  public RequestShapeFilter(InputLimits limits, JsonMapper json, GatewayProblems problems) {
    this.limits = limits;
    this.json = json;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ServicePaths.isServiceRequest(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      PathRules.check(request.getRequestURI());
      if (!BODY_METHODS.contains(request.getMethod())) {
        chain.doFilter(request, response);
        return;
      }
      boolean newJob = "POST".equals(request.getMethod()) && isJobs(request.getRequestURI());
      long limit = (newJob ? limits.maxJobBodySize() : limits.maxBodySize()).toBytes();
      byte[] body = readAtMost(request, limit);
      if (body.length > 0 || newJob) {
        JsonNode parsed = parseJson(request, body);
        if (newJob) {
          JobRequestRules.check(parsed);
        }
      }
      chain.doFilter(new CachedBodyRequest(request, body), response);
    } catch (InvalidRequest invalid) {
      problems.write(request, response, invalid.problem());
    }
  }

  private static boolean isJobs(String path) {
    return path.equals(JOBS) || path.equals(JOBS + "/");
  }

  /** Reads the body, refusing it (unread if Content-Length tells) once it passes the limit. */
  private static byte[] readAtMost(HttpServletRequest request, long limit)
      throws IOException, InvalidRequest {
    if (request.getContentLengthLong() > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) limit + 1);
      if (body.length > limit) {
        throw tooLarge(limit);
      }
      return body;
    }
  }

  private JsonNode parseJson(HttpServletRequest request, byte[] body) throws InvalidRequest {
    if (!isJson(request.getContentType())) {
      throw InvalidRequest.of(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "unsupported-media-type",
          "Unsupported media type",
          "Request bodies are JSON: send Content-Type: application/json.");
    }
    if (body.length == 0) {
      throw malformed("The body is empty.");
    }
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw malformed("The body is not valid JSON.");
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.isCompatibleWith(type)
          || type.getSubtype().endsWith("+json");
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static InvalidRequest tooLarge(long limit) {
    return InvalidRequest.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "body-too-large",
        "Request body too large",
        "The body may hold at most " + limit + " bytes here.");
  }

  private static InvalidRequest malformed(String detail) {
    return InvalidRequest.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed body", detail);
  }
}
