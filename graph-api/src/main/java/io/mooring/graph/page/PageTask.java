package io.mooring.graph.page;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Page tasks (Meta's {@code Page.EnumTasks}, without the PROFILE_PLUS_* variants). Nothing in this
 * client defaults to {@link #MANAGE}: grant tasks explicitly, ideally {@link #LEAST_PRIVILEGE}.
 */
public enum PageTask {
  ADVERTISE,
  ANALYZE,
  CASHIER_ROLE,
  CREATE_CONTENT,
  GLOBAL_STRUCTURE_MANAGEMENT,
  /** "Assign and manage Page tasks": managing roles. Mooring never needs it. */
  MANAGE,
  MANAGE_JOBS,
  MANAGE_LEADS,
  MESSAGING,
  MODERATE,
  MODERATE_COMMUNITY,
  PAGES_MESSAGING,
  PAGES_MESSAGING_SUBSCRIPTIONS,
  READ_PAGE_MAILBOXES,
  VIEW_MONETIZATION_INSIGHTS;

  /** Publish, moderate comments, message and read insights; no role management. */
  public static final Set<PageTask> LEAST_PRIVILEGE =
      Set.copyOf(EnumSet.of(CREATE_CONTENT, MODERATE, MESSAGING, ANALYZE));

  /** The task named by Meta's string, empty for values this enum does not know. */
  public static Optional<PageTask> fromGraph(String value) {
    try {
      return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Known tasks among Meta's strings; unknown ones (e.g. PROFILE_PLUS_*) are skipped. */
  public static Set<PageTask> fromGraph(Collection<String> values) {
    Set<PageTask> tasks = EnumSet.noneOf(PageTask.class);
    values.forEach(value -> fromGraph(value).ifPresent(tasks::add));
    return Set.copyOf(tasks);
  }

  static String toGraphList(Set<PageTask> tasks) {
    return tasks.stream()
        .sorted()
        .map(task -> "\"" + task.name() + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
