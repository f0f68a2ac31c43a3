package io.mooring.graph.error;

/** Why Meta rejected a token: the {@code error_subcode} of a code 190 error. */
public enum TokenProblem {
  APP_NOT_INSTALLED(458),
  USER_CHECKPOINTED(459),
  PASSWORD_CHANGED(460),
  EXPIRED(463),
  UNCONFIRMED_USER(464),
  INVALID_TOKEN(467),
  /** The user behind the Page token lost its role (tasks) on the Page. */
  INVALID_SESSION_NO_PAGE_ROLE(492),
  /** No subcode, an unlisted one, or code 102 (API session). */
  UNKNOWN(0);

  private final int subcode;

  TokenProblem(int subcode) {
    this.subcode = subcode;
  }

  public int subcode() {
    return subcode;
  }

  public static TokenProblem fromSubcode(Integer subcode) {
    if (subcode == null) {
      return UNKNOWN;
    }
    for (TokenProblem problem : values()) {
      if (problem != UNKNOWN && problem.subcode == subcode) {
        return problem;
      }
    }
    return UNKNOWN;
  }
}
