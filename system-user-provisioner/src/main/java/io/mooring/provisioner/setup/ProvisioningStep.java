package io.mooring.provisioner.setup;

/**
 * The On-Behalf-Of steps, in order. The step is saved after each one, so a restart continues where
 * it stopped and never asks Meta for a second System User once it has a token.
 */
public enum ProvisioningStep {
  /** OBO step 1: the partner may act on behalf of the client (client admin's token). */
  LINK_BUSINESS,
  /** OBO step 2: the System User in the client's BM and its token (partner admin's token). */
  CREATE_SYSTEM_USER_TOKEN,
  /** OBO step 3: the System User's id, from /me with its own token. */
  IDENTIFY_SYSTEM_USER,
  /** debug_token: type SYSTEM_USER, the scopes granted, the expiry. */
  VERIFY_TOKEN,
  DONE
}
