package io.mooring.graph.systemuser;

import java.util.Locale;

/**
 * Role of a system user. Meta documents only ADMIN and EMPLOYEE for creation; Mooring's
 * least-privilege choice is EMPLOYEE. Other roles Meta reports map to {@link #OTHER}.
 */
public enum SystemUserRole {
  ADMIN,
  EMPLOYEE,
  OTHER;

  public static SystemUserRole fromGraph(String value) {
    if (value == null) {
      return OTHER;
    }
    return switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "ADMIN" -> ADMIN;
      case "EMPLOYEE" -> EMPLOYEE;
      default -> OTHER;
    };
  }
}
