package io.mooring.pagesubscription.enablement;

/** The Graph calls of a page, so a failure is read knowing whose token and what it did. */
public enum MoveStep {
  /** Reading the page and its business with a connected admin's token. */
  CHECK,
  /** Granting the System User its page tasks, with the owner admin's token. */
  ASSIGN,
  /** Getting the page token with the System User's token. */
  PAGE_TOKEN,
  /** Subscribing the app to the page's webhooks, with the page token. */
  SUBSCRIBE
}
