package io.mooring.graph.error;

import java.util.Objects;

/**
 * The token is expired, revoked or otherwise unusable (code 190 with any subcode, or 102). Retrying
 * with the same token will not help: get a new token or ask the person to reconnect.
 */
public final class TokenInvalidException extends GraphApiException {

  private final TokenProblem problem;

  public TokenInvalidException(ErrorDetails details, TokenProblem problem) {
    super(details, details.describe() + " (" + problem + ")", null);
    this.problem = Objects.requireNonNull(problem);
  }

  public TokenProblem problem() {
    return problem;
  }

  @Override
  public GraphOutcome outcome() {
    return GraphOutcome.TOKEN_INVALID;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
