package io.mooring.graph.systemuser;

import io.mooring.graph.page.PageTask;
import java.util.Set;

/**
 * A Page assigned to a system user ({@code GET /{system-user}/assigned_pages}).
 *
 * @param name null when Meta omitted it
 */
public record AssignedPage(
    String id, String name, Set<PageTask> tasks, Set<PageTask> permittedTasks) {

  public AssignedPage {
    tasks = Set.copyOf(tasks);
    permittedTasks = Set.copyOf(permittedTasks);
  }
}
