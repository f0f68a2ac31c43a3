package io.mooring.notification.notices;

import io.mooring.contracts.common.RequestedBy;
import java.util.Objects;

/** A person of a tenant who is told about something. */
public record Recipient(String userId, String email, String displayName) {
  public Recipient {
    Objects.requireNonNull(userId, "userId");
  }

  public static Recipient of(RequestedBy person) {
    return new Recipient(person.userId(), person.email(), person.displayName());
  }

  /** How to greet them: their name, else their address. */
  public String greetingName() {
    return displayName != null && !displayName.isBlank() ? displayName : email;
  }
}
