package io.mooring.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The id of the trace a request belongs to, as told to clients in responses and problems. */
@Component
public class TraceIds {
  public static final String HEADER = "X-Trace-Id";
  private static final String ATTRIBUTE = TraceIds.class.getName() + ".traceId";

  private final ObjectProvider<Tracer> tracer;

  public TraceIds(ObjectProvider<Tracer> tracer) {
    this.tracer = tracer;
  }

  /**
   * The request's trace id: the one remembered when the request came in (error dispatches run after
   * its span has ended), else the current span's; null without tracing.
   */
  public String of(HttpServletRequest request) {
    Object remembered = request.getAttribute(ATTRIBUTE);
    if (remembered instanceof String traceId) {
      return traceId;
    }
    String current = current();
    if (current != null) {
      request.setAttribute(ATTRIBUTE, current);
    }
    return current;
  }

  private String current() {
    Tracer available = tracer.getIfAvailable();
    Span span = available == null ? null : available.currentSpan();
    return span == null ? null : span.context().traceId();
  }
}
