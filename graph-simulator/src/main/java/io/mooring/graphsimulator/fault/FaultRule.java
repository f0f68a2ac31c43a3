package io.mooring.graphsimulator.fault;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answer calls of {@code operation} ("*" for any) with an error of {@code code}/{@code subcode}, on
 * a fraction {@code rate} of calls, at most {@code count} times (null: unlimited).
 */
public final class FaultRule {
  private final String id;
  private final String operation;
  private final int code;
  private final Integer subcode;
  private final double rate;
  private final Integer count;
  private final String message;
  private final String type;
  private final Integer httpStatus;
  private final AtomicInteger remaining;
  private final AtomicInteger fired = new AtomicInteger();

  public FaultRule(
      String id,
      String operation,
      int code,
      Integer subcode,
      double rate,
      Integer count,
      String message,
      String type,
      Integer httpStatus) {
    this.id = id;
    this.operation = operation;
    this.code = code;
    this.subcode = subcode;
    this.rate = rate;
    this.count = count;
    this.message = message;
    this.type = type;
    this.httpStatus = httpStatus;
    this.remaining = count == null ? null : new AtomicInteger(count);
  }

  public String id() {
    return id;
  }

  public String operation() {
    return operation;
  }

  public int code() {
    return code;
  }

  public Integer subcode() {
    return subcode;
  }

  public double rate() {
    return rate;
  }

  public Integer count() {
    return count;
  }

  public String message() {
    return message;
  }

  public String type() {
    return type;
  }

  public Integer httpStatus() {
    return httpStatus;
  }

  public int fired() {
    return fired.get();
  }

  public Integer remaining() {
    return remaining == null ? null : Math.max(0, remaining.get());
  }

  boolean appliesTo(String op) {
    return "*".equals(operation) || operation.equals(op);
  }

  boolean exhausted() {
    return remaining != null && remaining.get() <= 0;
  }

  /** Consumes one use if any is left. */
  boolean tryFire() {
    if (remaining != null && remaining.getAndDecrement() <= 0) {
      return false;
    }
    fired.incrementAndGet();
    return true;
  }
}
