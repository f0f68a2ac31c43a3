package io.mooring.graph.page;

import java.util.Set;

/**
 * A user or system user assigned to a Page, with its tasks ({@code GET /{page}/assigned_users}).
 *
 * @param name null when Meta omitted it
 */
public record PageTaskAssignment(String userId, String name, Set<PageTask> tasks) {

  public PageTaskAssignment {
    tasks = Set.copyOf(tasks);
  }
}
