package io.mooring.notification.notices;

/** What a notification is about. */
public enum NoticeKind {
  ENABLEMENT_JOB_COMPLETED,
  SYSTEM_USER_PROVISIONED,
  SYSTEM_USER_PROVISIONING_FAILED,
  BUSINESS_MANAGER_CONNECTION_FAILED
}
