package io.mooring.contracts.common;

/**
 * Why something could not be done, in words a person understands, and what they should do next.
 * {@code %s} in a next step is replaced by the Business Manager's name (or id when unknown).
 */
public enum ReasonCode {
  BUSINESS_MANAGER_NOT_CONNECTED(
      "The page's Business Manager is not connected to Mooring.",
      "Add Business Manager \"%s\" to Mooring, then retry."),
  SYSTEM_USER_NOT_SET_UP(
      "No System User is set up on the page's Business Manager.",
      "Set up the System User on Business Manager \"%s\", then retry."),
  BM_CONNECTION_EXPIRED(
      "Mooring's connection to the Business Manager has expired or was revoked.",
      "Reconnect Business Manager \"%s\" in Mooring, then retry."),
  PAGE_NOT_IN_ANY_BUSINESS(
      "The page does not belong to any Business Manager.",
      "Claim the page into a Business Manager, connect that Business Manager, then retry."),
  PAGE_NOT_FOUND(
      "The page does not exist or is not visible to Mooring.",
      "Check the page id; if the page was deleted or unpublished, remove it from the job."),
  PERMISSION_DENIED(
      "The Business Manager admin lacks the rights needed on this page.",
      "Give the admin who connected Business Manager \"%s\" full control of the page, then retry."),
  APP_PLATFORM_DISABLED(
      "Apps are turned off for this page, so webhooks cannot be delivered.",
      "Turn the App platform back on in the page's settings, then retry."),
  SYSTEM_USER_LOST_PAGE_ROLE(
      "The System User no longer has a role on the page.",
      "Retry the page; if it fails again, check the page's assignments in Business Manager \"%s\"."),
  THROTTLED_TOO_LONG(
      "Meta kept throttling calls for this page longer than Mooring waits.",
      "Retry the page later; Mooring will pace the calls."),
  META_UNAVAILABLE(
      "Meta's API kept failing for this page.",
      "Retry the page later; if it keeps failing, check Meta's platform status."),
  POLICY_BLOCKED(
      "Meta has temporarily blocked these calls for policy reasons.",
      "Review the page and Business Manager \"%s\" in Meta's Account Quality, then retry."),
  MISSING_PERMISSION(
      "A required permission was not granted during Facebook login.",
      "Connect again and grant every permission Mooring asks for."),
  LOGIN_STATE_INVALID(
      "The login could not be verified (it was started elsewhere or took too long).",
      "Start connecting the Business Manager again from Mooring."),
  LOGIN_CODE_INVALID(
      "Facebook's login code was invalid or had expired.",
      "Start connecting the Business Manager again from Mooring."),
  NOT_A_BUSINESS_ADMIN(
      "The person who logged in is not an admin of the Business Manager.",
      "Ask an admin of Business Manager \"%s\" to connect it."),
  ADMIN_TOKEN_EXPIRED(
      "The Business Manager admin's login has expired or was revoked.",
      "Reconnect Business Manager \"%s\" in Mooring, then set up the System User again."),
  SYSTEM_USER_LIMIT_REACHED(
      "The Business Manager has reached Meta's limit of System Users.",
      "Free a System User slot in Business Manager \"%s\" or ask Meta for a higher access tier."),
  PARTNER_CONFIGURATION_INVALID(
      "Mooring's own Meta app configuration was rejected by Meta.",
      "Ask your Mooring operator to check the partner Business Manager and app credentials."),
  INVALID_REQUEST(
      "The request was rejected as invalid.",
      "Check the request; contact support with the correlation id if it looks right."),
  UNEXPECTED_ERROR(
      "Something unexpected went wrong.",
      "Retry; contact support with the correlation id if it happens again.");

  private final String text;
  private final String nextStepTemplate;

  ReasonCode(String text, String nextStepTemplate) {
    this.text = text;
    this.nextStepTemplate = nextStepTemplate;
  }

  /** A sentence that says what went wrong. */
  public String text() {
    return text;
  }

  /**
   * What the person should do next, naming the Business Manager where it matters; when it is not
   * known, the step speaks of "the page's Business Manager".
   */
  public String nextStep(String businessManagerName) {
    if (!nextStepTemplate.contains("%s")) {
      return nextStepTemplate;
    }
    if (businessManagerName == null || businessManagerName.isBlank()) {
      return nextStepTemplate.replace("Business Manager \"%s\"", "the page's Business Manager");
    }
    return nextStepTemplate.formatted(businessManagerName);
  }
}
