package io.mooring.platform.identity;

import io.mooring.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** The one check every endpoint makes after knowing its caller. */
public final class Roles {
  private Roles() {}

  /** Throws a 403 problem unless the caller's roles include {@code required}. */
  public static void require(Caller caller, Role required) {
    if (!caller.can(required)) {
      throw Problems.of(
          HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This needs the " + required + " role.");
    }
  }
}
