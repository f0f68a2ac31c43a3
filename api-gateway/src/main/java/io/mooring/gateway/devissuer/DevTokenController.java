package io.mooring.gateway.devissuer;

import io.mooring.gateway.auth.CallerClaims;
import io.mooring.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tokens for demo users and the key to check them (profile {@code dev-issuer} only). */
@RestController
@Profile("dev-issuer")
@RequestMapping("/dev")
@Tag(name = "Dev issuer", description = "Demo users' access tokens; profile dev-issuer only.")
class DevTokenController {
  private final DevIssuer issuer;

  DevTokenController(DevIssuer issuer) {
    this.issuer = issuer;
  }

  @Operation(summary = "Mint an RS256 access token for a demo user")
  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  DevIssuer.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
    return issuer.issue(
        request.tenant(),
        request.user(),
        request.email(),
        request.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(request.roles()),
        Duration.ofSeconds(request.ttlSeconds() == null ? 3600 : request.ttlSeconds()));
  }

  @Operation(summary = "The JWK set the gateway checks dev tokens with")
  @GetMapping(path = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> jwks() {
    return issuer.publicJwkSet();
  }

  /**
   * Who the token is for; {@code roles} may be empty (a person of the tenant with no Mooring role),
   * {@code ttlSeconds} defaults to an hour.
   */
  record TokenRequest(
      @NotNull @Pattern(regexp = CallerClaims.TENANT_ID_REGEX) String tenant,
      @NotBlank @Size(max = 128) String user,
      @Email @Size(max = 254) String email,
      @NotNull List<@NotNull Role> roles,
      @Min(1) @Max(86_400) Integer ttlSeconds) {}
}
