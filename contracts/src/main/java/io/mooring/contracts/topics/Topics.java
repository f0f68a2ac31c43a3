package io.mooring.contracts.topics;

import static io.mooring.contracts.envelope.Messages.BUSINESS_MANAGER_CONNECTED;
import static io.mooring.contracts.envelope.Messages.BUSINESS_MANAGER_CONNECTION_FAILED;
import static io.mooring.contracts.envelope.Messages.ENABLEMENT_JOB_COMPLETED;
import static io.mooring.contracts.envelope.Messages.ENABLEMENT_JOB_PROGRESSED;
import static io.mooring.contracts.envelope.Messages.ENABLE_SYSTEM_USER_REQUESTED;
import static io.mooring.contracts.envelope.Messages.PAGE_ENABLEMENT_FAILED;
import static io.mooring.contracts.envelope.Messages.PAGE_ENABLEMENT_WORK_ITEM;
import static io.mooring.contracts.envelope.Messages.PAGE_MOVED_TO_SYSTEM_USER;
import static io.mooring.contracts.envelope.Messages.SETUP_SYSTEM_USER_REQUESTED;
import static io.mooring.contracts.envelope.Messages.SYSTEM_USER_PROVISIONED;
import static io.mooring.contracts.envelope.Messages.SYSTEM_USER_PROVISIONING_FAILED;

import io.mooring.contracts.envelope.MessageType;
import java.util.List;
import java.util.Optional;

/** The single registry of topics: name, key and payload types. */
public final class Topics {
  public static final Topic BUSINESS_MANAGER_EVENTS =
      new Topic(
          TopicNames.BUSINESS_MANAGER_EVENTS,
          "Business Manager id (the login attempt id while none is chosen)",
          List.of(BUSINESS_MANAGER_CONNECTED, BUSINESS_MANAGER_CONNECTION_FAILED));
  public static final Topic SYSTEM_USER_COMMANDS =
      new Topic(
          TopicNames.SYSTEM_USER_COMMANDS,
          "Business Manager id",
          List.of(SETUP_SYSTEM_USER_REQUESTED));
  public static final Topic SYSTEM_USER_EVENTS =
      new Topic(
          TopicNames.SYSTEM_USER_EVENTS,
          "Business Manager id",
          List.of(SYSTEM_USER_PROVISIONED, SYSTEM_USER_PROVISIONING_FAILED));
  public static final Topic ENABLEMENT_COMMANDS =
      new Topic(TopicNames.ENABLEMENT_COMMANDS, "job id", List.of(ENABLE_SYSTEM_USER_REQUESTED));
  public static final Topic ENABLEMENT_PAGE_WORK =
      new Topic(TopicNames.ENABLEMENT_PAGE_WORK, "page id", List.of(PAGE_ENABLEMENT_WORK_ITEM));
  public static final Topic ENABLEMENT_PAGE_EVENTS =
      new Topic(
          TopicNames.ENABLEMENT_PAGE_EVENTS,
          "page id",
          List.of(PAGE_MOVED_TO_SYSTEM_USER, PAGE_ENABLEMENT_FAILED));
  public static final Topic ENABLEMENT_JOB_EVENTS =
      new Topic(
          TopicNames.ENABLEMENT_JOB_EVENTS,
          "job id",
          List.of(ENABLEMENT_JOB_PROGRESSED, ENABLEMENT_JOB_COMPLETED));

  private static final List<Topic> ALL =
      List.of(
          BUSINESS_MANAGER_EVENTS,
          SYSTEM_USER_COMMANDS,
          SYSTEM_USER_EVENTS,
          ENABLEMENT_COMMANDS,
          ENABLEMENT_PAGE_WORK,
          ENABLEMENT_PAGE_EVENTS,
          ENABLEMENT_JOB_EVENTS);

  private Topics() {}

  public static List<Topic> all() {
    return ALL;
  }

  public static Optional<Topic> byName(String name) {
    return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
  }

  /** The topic a message type is published to; each type lives on exactly one topic. */
  public static Topic carrying(MessageType<?> type) {
    return ALL.stream()
        .filter(topic -> topic.carries(type))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no topic carries " + type.name()));
  }
}
