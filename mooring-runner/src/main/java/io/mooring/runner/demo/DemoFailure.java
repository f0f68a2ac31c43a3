package io.mooring.runner.demo;

/** The journey cannot go on; the message says where it stopped. */
final class DemoFailure extends RuntimeException {
  DemoFailure(String message) {
    super(message);
  }
}
