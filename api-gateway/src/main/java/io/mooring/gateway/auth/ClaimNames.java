package io.mooring.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where users' access tokens carry who they are; configurable because identity providers name their
 * custom claims differently.
 *
 * @param tenant the claim holding the tenant id (required)
 * @param roles the claim holding the person's roles, as a list or a space-separated string
 * @param email the claim holding the person's email address
 */
@ConfigurationProperties("mooring.gateway.auth.claims")
public record ClaimNames(
    @DefaultValue("tenant") String tenant,
    @DefaultValue("roles") String roles,
    @DefaultValue("email") String email) {}
