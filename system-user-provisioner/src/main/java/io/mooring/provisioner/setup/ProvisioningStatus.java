package io.mooring.provisioner.setup;

/** A setup is running (possibly waiting to retry), done, or failed for good. */
public enum ProvisioningStatus {
  IN_PROGRESS,
  PROVISIONED,
  FAILED
}
