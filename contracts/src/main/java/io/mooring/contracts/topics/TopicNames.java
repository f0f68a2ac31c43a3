package io.mooring.contracts.topics;

/**
 * Topic names as compile-time constants (for {@code @KafkaListener}). Grammar: {@code
 * mooring.<bounded-context>.<stream>}, lower-case kebab words; retry and dead-letter topics add
 * spring-kafka's {@code -retry} and {@code -dlt} suffixes. See {@link Topics} for keys and
 * payloads.
 */
public final class TopicNames {
  public static final String BUSINESS_MANAGER_EVENTS = "mooring.business-manager.events";
  public static final String SYSTEM_USER_COMMANDS = "mooring.system-user.commands";
  public static final String SYSTEM_USER_EVENTS = "mooring.system-user.events";
  public static final String ENABLEMENT_COMMANDS = "mooring.enablement.commands";
  public static final String ENABLEMENT_PAGE_WORK = "mooring.enablement.page-work";
  public static final String ENABLEMENT_PAGE_EVENTS = "mooring.enablement.page-events";
  public static final String ENABLEMENT_JOB_EVENTS = "mooring.enablement.job-events";

  public static final String RETRY_SUFFIX = "-retry";
  public static final String DEAD_LETTER_SUFFIX = "-dlt";

  private TopicNames() {}
}
