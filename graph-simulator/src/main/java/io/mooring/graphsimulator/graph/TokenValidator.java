package io.mooring.graphsimulator.graph;

import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.time.Instant;

/** Why a token no longer works (190 with Meta's subcodes), or null when it is valid. */
public final class TokenValidator {
  private TokenValidator() {}

  public static GraphError problem(World world, AccessToken token, Instant now) {
    if (token.revoked()) {
      return GraphErrors.revoked();
    }
    if (token.expiresAt() != null && !now.isBefore(token.expiresAt())) {
      return GraphErrors.expired(token.expiresAt(), now);
    }
    return switch (token.type()) {
      case APP -> null;
      case USER -> userProblem(world, token);
      case SYSTEM_USER -> systemUserProblem(world, token);
      case PAGE -> pageProblem(world, token, now);
    };
  }

  private static GraphError userProblem(World world, AccessToken token) {
    Person person = world.person(token.userId());
    if (person == null) {
      return GraphErrors.revoked();
    }
    return person.sessionGeneration() != token.generation() ? GraphErrors.passwordChanged() : null;
  }

  private static GraphError systemUserProblem(World world, AccessToken token) {
    SystemUser systemUser = world.systemUser(token.userId());
    if (systemUser == null) {
      return GraphErrors.revoked();
    }
    if (systemUser.removed() || !systemUser.installedAppIds().contains(token.appId())) {
      return GraphErrors.appNotInstalled(systemUser.id(), token.appId());
    }
    return systemUser.tokenGeneration() != token.generation() ? GraphErrors.revoked() : null;
  }

  private static GraphError pageProblem(World world, AccessToken token, Instant now) {
    if (token.parent() != null) {
      GraphError parentProblem = problem(world, token.parent(), now);
      if (parentProblem != null) {
        return parentProblem;
      }
    }
    Page page = world.page(token.pageId());
    if (page == null) {
      return GraphErrors.revoked();
    }
    return world.tasksOn(token.userId(), page).isEmpty() ? GraphErrors.roleOnPageRemoved() : null;
  }
}
