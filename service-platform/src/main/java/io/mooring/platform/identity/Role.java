package io.mooring.platform.identity;

/** What a person may do in their tenant. Each role includes the rights of the ones after it. */
public enum Role {
  /** Connects Business Managers and sets up System Users. */
  ADMIN,
  /** Enables System User on pages. */
  MANAGER,
  /** Reads. */
  VIEWER;

  public boolean includes(Role other) {
    return ordinal() <= other.ordinal();
  }
}
