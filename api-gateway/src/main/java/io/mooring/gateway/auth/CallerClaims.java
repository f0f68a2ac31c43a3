package io.mooring.gateway.auth;

import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Reads the {@link Caller} out of a verified access token: tenant, person, email and roles. */
@Component
public class CallerClaims {
  /** Tenant ids travel in headers, keys and database ids: a safe, bounded alphabet only. */
  public static final String TENANT_ID_REGEX = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  public static final Pattern TENANT_ID = Pattern.compile(TENANT_ID_REGEX);

  private final ClaimNames names;

  public CallerClaims(ClaimNames names) {
    this.names = names;
  }

  public String tenantOf(Jwt jwt) {
    return jwt.getClaimAsString(names.tenant());
  }

  public Caller callerOf(Jwt jwt) {
    return new Caller(
        tenantOf(jwt), jwt.getSubject(), jwt.getClaimAsString(names.email()), rolesOf(jwt));
  }

  /** The roles Mooring knows; others (an identity provider's own) are ignored. */
  public Set<Role> rolesOf(Jwt jwt) {
    Object claim = jwt.getClaim(names.roles());
    Collection<?> values;
    if (claim == null) {
      values = List.of();
    } else if (claim instanceof Collection<?> list) {
      values = list;
    } else {
      values = Arrays.asList(claim.toString().split("[\\s,]+"));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object value : values) {
      String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
      Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(roles::add);
    }
    return roles;
  }
}
