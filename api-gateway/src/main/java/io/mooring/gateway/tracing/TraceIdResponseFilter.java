package io.mooring.gateway.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells every client the trace id of its request ({@value TraceIds#HEADER}), so a person can quote
 * it and an operator can find the request's spans and logs in every service it touched.
 */
class TraceIdResponseFilter extends OncePerRequestFilter {
  private final TraceIds traceIds;

  TraceIdResponseFilter(TraceIds traceIds) {
    this.traceIds = traceIds;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String traceId = traceIds.of(request);
    if (traceId != null) {
      response.setHeader(TraceIds.HEADER, traceId);
    }
    chain.doFilter(request, response);
  }
}
