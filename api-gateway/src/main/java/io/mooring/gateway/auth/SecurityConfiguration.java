package io.mooring.gateway.auth;

import io.mooring.gateway.devissuer.DevIssuer;
import io.mooring.gateway.identity.IdentityRelayFilter;
import io.mooring.gateway.input.InputLimits;
import io.mooring.gateway.input.RequestShapeFilter;
import io.mooring.gateway.problems.GatewayProblems;
import io.mooring.gateway.ratelimit.RateLimitFilter;
import io.mooring.gateway.ratelimit.RateLimiter;
import io.mooring.platform.identity.InternalIdentityTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Access tokens are checked here (OAuth2 resource server, JWT); roles come from
 * the token (ADMIN ⊃ MANAGER ⊃ VIEWER). After authorization, in this order: the tenant's rate
 * limit, the request's shape, and the relay of the caller's identity to the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain gatewaySecurity(
      HttpSecurity http,
      JwtDecoder jwtDecoder,
      CallerClaims claims,
      GatewayProblems problems,
      RateLimiter rateLimiter,
      InputLimits inputLimits,
      JsonMapper json,
      InternalIdentityTokens identities,
      ObjectProvider<DevIssuer> devIssuer)
      throws Exception {
    var unauthenticated = new ProblemAuthenticationEntryPoint(problems);
    var forbidden = new ProblemAccessDeniedHandler(problems);
    boolean devIssuerOn = devIssuer.getIfAvailable() != null;
    http.csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests -> {
              requests.requestMatchers(PublicPaths.OWN.toArray(String[]::new)).permitAll();
              requests.requestMatchers(PublicPaths.ROUTED.toArray(String[]::new)).permitAll();
              if (devIssuerOn) {
                requests.requestMatchers(PublicPaths.DEV_ISSUER).permitAll();
              }
              requests
                  .requestMatchers(HttpMethod.GET, "/api/**")
                  .hasRole("VIEWER")
                  .requestMatchers(HttpMethod.HEAD, "/api/**")
                  .hasRole("VIEWER")
                  .requestMatchers("/api/business-managers/**")
                  .hasRole("ADMIN")
                  .requestMatchers("/api/enablement-jobs/**", "/api/pages/**")
                  .hasRole("MANAGER")
                  .requestMatchers("/api/notifications/**", "/api/reports/**")
                  .hasRole("VIEWER")
                  .anyRequest()
                  .authenticated();
            })
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .jwt(
                        jwt ->
                            jwt.decoder(jwtDecoder)
                                .jwtAuthenticationConverter(authenticationConverter(claims)))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
        .addFilterAfter(
            new RateLimitFilter(rateLimiter, claims, problems), AuthorizationFilter.class)
        .addFilterAfter(new RequestShapeFilter(inputLimits, json, problems), RateLimitFilter.class)
        .addFilterAfter(
            new IdentityRelayFilter(identities, claims, problems), RequestShapeFilter.class);
    return http.build();
  }

  /** ADMIN may do what MANAGER may, MANAGER what VIEWER may (as {@code Role.includes} says). */
  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN")
        .implies("MANAGER")
        .role("MANAGER")
        .implies("VIEWER")
        .build();
  }

  private static JwtAuthenticationConverter authenticationConverter(CallerClaims claims) {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        jwt ->
            claims.rolesOf(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .map(org.springframework.security.core.GrantedAuthority.class::cast)
                .toList());
    return converter;
  }
}
