package io.mooring.platform.identity;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated person behind a request, as the gateway vouched for them. The tenant always
 * comes from here, never from something the client sent.
 */
public record Caller(String tenantId, String userId, String email, Set<Role> roles) {
  public Caller {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(userId, "userId");
    roles = Set.copyOf(roles);
  }

  public boolean can(Role required) {
    return roles.stream().anyMatch(role -> role.includes(required));
  }
}
