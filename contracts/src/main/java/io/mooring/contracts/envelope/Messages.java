package io.mooring.contracts.envelope;

import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.businessmanager.BusinessManagerConnectionFailed;
import io.mooring.contracts.enablement.EnableSystemUserRequested;
import io.mooring.contracts.enablement.EnablementJobCompleted;
import io.mooring.contracts.enablement.EnablementJobProgressed;
import io.mooring.contracts.enablement.PageEnablementFailed;
import io.mooring.contracts.enablement.PageEnablementWorkItem;
import io.mooring.contracts.enablement.PageMovedToSystemUser;
import io.mooring.contracts.systemuser.SetupSystemUserRequested;
import io.mooring.contracts.systemuser.SystemUserProvisioned;
import io.mooring.contracts.systemuser.SystemUserProvisioningFailed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue: every command and event Mooring's services exchange. */
public final class Messages {
  public static final MessageType<SetupSystemUserRequested> SETUP_SYSTEM_USER_REQUESTED =
      MessageType.command(SetupSystemUserRequested.class);
  public static final MessageType<EnableSystemUserRequested> ENABLE_SYSTEM_USER_REQUESTED =
      MessageType.command(EnableSystemUserRequested.class);
  public static final MessageType<PageEnablementWorkItem> PAGE_ENABLEMENT_WORK_ITEM =
      MessageType.command(PageEnablementWorkItem.class);

  public static final MessageType<BusinessManagerConnected> BUSINESS_MANAGER_CONNECTED =
      MessageType.event(BusinessManagerConnected.class);
  public static final MessageType<BusinessManagerConnectionFailed>
      BUSINESS_MANAGER_CONNECTION_FAILED = MessageType.event(BusinessManagerConnectionFailed.class);
  public static final MessageType<SystemUserProvisioned> SYSTEM_USER_PROVISIONED =
      MessageType.event(SystemUserProvisioned.class);
  public static final MessageType<SystemUserProvisioningFailed> SYSTEM_USER_PROVISIONING_FAILED =
      MessageType.event(SystemUserProvisioningFailed.class);
  public static final MessageType<PageMovedToSystemUser> PAGE_MOVED_TO_SYSTEM_USER =
      MessageType.event(PageMovedToSystemUser.class);
  public static final MessageType<PageEnablementFailed> PAGE_ENABLEMENT_FAILED =
      MessageType.event(PageEnablementFailed.class);
  public static final MessageType<EnablementJobProgressed> ENABLEMENT_JOB_PROGRESSED =
      MessageType.event(EnablementJobProgressed.class);
  public static final MessageType<EnablementJobCompleted> ENABLEMENT_JOB_COMPLETED =
      MessageType.event(EnablementJobCompleted.class);

  private static final List<MessageType<?>> ALL =
      List.of(
          SETUP_SYSTEM_USER_REQUESTED,
          ENABLE_SYSTEM_USER_REQUESTED,
          PAGE_ENABLEMENT_WORK_ITEM,
          BUSINESS_MANAGER_CONNECTED,
          BUSINESS_MANAGER_CONNECTION_FAILED,
          SYSTEM_USER_PROVISIONED,
          SYSTEM_USER_PROVISIONING_FAILED,
          PAGE_MOVED_TO_SYSTEM_USER,
          PAGE_ENABLEMENT_FAILED,
          ENABLEMENT_JOB_PROGRESSED,
          ENABLEMENT_JOB_COMPLETED);

  private static final Map<String, MessageType<?>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(MessageType::name, Function.identity()));

  private Messages() {}

  public static List<MessageType<?>> all() {
    return ALL;
  }

  public static Optional<MessageType<?>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The catalogue entry of a payload; every payload record has exactly one. */
  @SuppressWarnings("unchecked")
  public static <P extends Message> MessageType<P> of(P payload) {
    return (MessageType<P>)
        ALL.stream()
            .filter(type -> type.payloadClass() == payload.getClass())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not in the catalogue: " + payload));
  }
}
