package io.mooring.pagesubscription.eligibility;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.pagesubscription.directory.KnownBusinessManager;

/** Whether a page can move to its Business Manager's System User, and if not why. */
public sealed interface Eligibility {

  record Eligible(String pageName, KnownBusinessManager owner) implements Eligibility {}

  record Ineligible(
      ReasonCode reason,
      String pageName,
      String businessManagerId,
      String businessManagerName,
      String detail)
      implements Eligibility {}
}
