package io.mooring.contracts.common;

import java.util.Objects;

/** The person on whose behalf a command runs; notifications go back to them. */
public record RequestedBy(String userId, String email, String displayName) {
  public RequestedBy {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
  }
}
