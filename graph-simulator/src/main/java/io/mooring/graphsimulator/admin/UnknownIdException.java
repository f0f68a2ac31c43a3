package io.mooring.graphsimulator.admin;

/** An admin request named an id the world does not have. */
public class UnknownIdException extends IllegalArgumentException {
  public UnknownIdException(String what, String id) {
    super("Unknown " + what + ": " + id);
  }
}
