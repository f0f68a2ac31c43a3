package io.mooring.runner.stack;

import java.util.List;

/** Mooring could not start; the message says what, {@code details} show why (a log's tail). */
public class StartFailure extends RuntimeException {
  private final List<String> details;

  public StartFailure(String message, List<String> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  public List<String> details() {
    return details;
  }
}
