package io.mooring.gateway.auth;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token without a well-formed tenant or subject names nobody Mooring can act for: it is invalid
 * (401), never "a caller of no tenant".
 */
class CallerClaimsValidator implements OAuth2TokenValidator<Jwt> {
  private final CallerClaims claims;

  CallerClaimsValidator(CallerClaims claims) {
    this.claims = claims;
  }

  @Override
  public OAuth2TokenValidatorResult validate(Jwt jwt) {
    String tenant = claims.tenantOf(jwt);
    if (tenant == null || !CallerClaims.TENANT_ID.matcher(tenant).matches()) {
      return failure("The token names no valid tenant.");
    }
    if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
      return failure("The token names no subject.");
    }
    return OAuth2TokenValidatorResult.success();
  }

  private static OAuth2TokenValidatorResult failure(String description) {
    return OAuth2TokenValidatorResult.failure(
        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
  }
}
