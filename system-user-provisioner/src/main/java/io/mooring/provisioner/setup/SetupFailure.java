package io.mooring.provisioner.setup;

import io.mooring.contracts.common.ReasonCode;
import java.time.Duration;
import java.util.List;

/** What to do about a failed step: try again later, or stop with a reason. */
sealed interface SetupFailure {
  /** Try again no sooner than {@code notBefore} (Meta's own estimate when it gave one). */
  record Retry(Duration notBefore, ReasonCode reasonIfExhausted, String detail)
      implements SetupFailure {}

  /** Stop: nothing will change until a person acts. */
  record Permanent(ReasonCode reason, String detail, List<String> missingPermissions)
      implements SetupFailure {}

  /** The System User's fresh token was refused: ask Meta for it again. */
  record RestartFromToken(String detail) implements SetupFailure {}
}
