package io.mooring.graph.page;

import io.mooring.graph.token.AccessToken;
import java.util.Optional;
import java.util.Set;

/**
 * A Page the token's user can act on ({@code GET /me/accounts}), with its Page token.
 *
 * @param name null when Meta omitted it
 * @param category null when Meta omitted it
 */
public record PageAccount(
    String id,
    String name,
    String category,
    Optional<AccessToken> accessToken,
    Set<PageTask> tasks) {

  public PageAccount {
    tasks = Set.copyOf(tasks);
  }
}
