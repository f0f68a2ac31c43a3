package io.mooring.runner.cli;

/** The command line cannot be understood; the message says what to change. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
