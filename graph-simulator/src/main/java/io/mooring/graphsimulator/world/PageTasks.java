package io.mooring.graphsimulator.world;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Page task names as in {@code Page.EnumTasks} of Meta's Java Business SDK, plus useful bundles.
 */
public final class PageTasks {
  public static final String ADVERTISE = "ADVERTISE";
  public static final String ANALYZE = "ANALYZE";
  public static final String CREATE_CONTENT = "CREATE_CONTENT";
  public static final String MANAGE = "MANAGE";
  public static final String MESSAGING = "MESSAGING";
  public static final String MODERATE = "MODERATE";

  /** Every value Meta's SDK accepts for {@code tasks}. */
  public static final Set<String> ALL =
      Set.copyOf(
          List.of(
              "ADVERTISE",
              "ANALYZE",
              "CASHIER_ROLE",
              "CREATE_CONTENT",
              "GLOBAL_STRUCTURE_MANAGEMENT",
              "MANAGE",
              "MANAGE_JOBS",
              "MANAGE_LEADS",
              "MESSAGING",
              "MODERATE",
              "MODERATE_COMMUNITY",
              "PAGES_MESSAGING",
              "PAGES_MESSAGING_SUBSCRIPTIONS",
              "PROFILE_PLUS_ADVERTISE",
              "PROFILE_PLUS_ANALYZE",
              "PROFILE_PLUS_CREATE_CONTENT",
              "PROFILE_PLUS_FACEBOOK_ACCESS",
              "PROFILE_PLUS_FULL_CONTROL",
              "PROFILE_PLUS_GLOBAL_STRUCTURE_MANAGEMENT",
              "PROFILE_PLUS_MANAGE",
              "PROFILE_PLUS_MANAGE_LEADS",
              "PROFILE_PLUS_MESSAGING",
              "PROFILE_PLUS_MODERATE",
              "PROFILE_PLUS_MODERATE_DELEGATE_COMMUNITY",
              "PROFILE_PLUS_REVENUE",
              "READ_PAGE_MAILBOXES",
              "VIEW_MONETIZATION_INSIGHTS"));

  /** What a business admin (full control) can do on the business's own Pages. */
  public static final Set<String> FULL_CONTROL =
      ordered(MANAGE, CREATE_CONTENT, MODERATE, MESSAGING, ADVERTISE, ANALYZE);

  /** Any one of these lets a Page token subscribe an app to webhooks. */
  public static final Set<String> WEBHOOK_TASKS = Set.of(CREATE_CONTENT, MANAGE, MODERATE);

  /** A narrow agency grant: the client can look but not manage roles. */
  public static final Set<String> ANALYST_ADVERTISER = ordered(ADVERTISE, ANALYZE);

  private PageTasks() {}

  public static Set<String> ordered(String... tasks) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(tasks)));
  }
}
