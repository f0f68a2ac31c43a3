package io.mooring.bmconnector.connect;

/** Where a started Facebook login stands. A state value is good for one callback only. */
enum LoginStatus {
  PENDING,
  EXCHANGING,
  AWAITING_CHOICE,
  COMPLETED,
  FAILED
}
