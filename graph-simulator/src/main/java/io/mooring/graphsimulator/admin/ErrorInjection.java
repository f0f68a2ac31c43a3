package io.mooring.graphsimulator.admin;

/**
 * What to inject: calls of {@code operation} ("*" = all) answer with {@code code}/{@code subcode}
 * on a fraction {@code rate} (default 1) of calls, at most {@code count} times (default unlimited).
 * {@code message}, {@code type} and {@code httpStatus} override the defaults.
 */
public record ErrorInjection(
    String operation,
    int code,
    Integer subcode,
    Double rate,
    Integer count,
    String message,
    String type,
    Integer httpStatus) {

  public static ErrorInjection of(String operation, int code) {
    return new ErrorInjection(operation, code, null, null, null, null, null, null);
  }

  public static ErrorInjection of(String operation, int code, Integer subcode) {
    return new ErrorInjection(operation, code, subcode, null, null, null, null, null);
  }

  public ErrorInjection withRate(double newRate) {
    return new ErrorInjection(operation, code, subcode, newRate, count, message, type, httpStatus);
  }

  public ErrorInjection withCount(int newCount) {
    return new ErrorInjection(operation, code, subcode, rate, newCount, message, type, httpStatus);
  }

  public ErrorInjection withMessage(String newMessage) {
    return new ErrorInjection(operation, code, subcode, rate, count, newMessage, type, httpStatus);
  }

  public ErrorInjection withHttpStatus(int status) {
    return new ErrorInjection(operation, code, subcode, rate, count, message, type, status);
  }
}
