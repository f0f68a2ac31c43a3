package io.mooring.bmconnector.connect;

import io.mooring.bmconnector.registry.BusinessManagerView;
import io.mooring.contracts.common.ReasonCode;
import java.util.List;

/** How a login ended: connected, waiting for the person to choose, or failed with a reason. */
sealed interface ConnectionOutcome {
  record Connected(BusinessManagerView businessManager) implements ConnectionOutcome {}

  record AwaitingChoice(String attemptId, List<BusinessChoice> choices)
      implements ConnectionOutcome {}

  record Failed(
      ReasonCode reason, String businessManagerName, String detail, List<String> missingPermissions)
      implements ConnectionOutcome {}
}
