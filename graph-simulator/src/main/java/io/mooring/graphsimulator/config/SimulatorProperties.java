package io.mooring.graphsimulator.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Everything configurable under {@code mooring.simulator.*}; defaults are dev-friendly. */
@ConfigurationProperties("mooring.simulator")
public record SimulatorProperties(
    @DefaultValue("false") boolean adminEnabled,
    @DefaultValue("v26.0") String defaultVersion,
    @DefaultValue App app,
    @DefaultValue Partner partner,
    @DefaultValue World world,
    @DefaultValue RateLimit rateLimit,
    @DefaultValue Latency latency,
    @DefaultValue Tokens tokens) {

  /** The Mooring app, owned by the partner business. */
  public record App(
      @DefaultValue("808000000000001") String id,
      @DefaultValue("3c1e0a9d7b5f4c2e8a6d0b9f1e3c5a7d") String secret,
      @DefaultValue("Mooring") String name,
      @DefaultValue("true") boolean requireAppSecret,
      @DefaultValue("808000000000777") String loginConfigId,
      @DefaultValue({
            "business_management",
            "pages_show_list",
            "pages_manage_metadata",
            "pages_read_engagement"
          })
          List<String> loginScopes,
      @DefaultValue({}) List<String> redirectUris) {}

  /** The business that owns the Mooring app and its ADMIN system user. */
  public record Partner(
      @DefaultValue("Mooring Partner") String businessName,
      @DefaultValue("Mooring Admin System User") String adminSystemUserName,
      @DefaultValue("") String adminSystemUserToken) {}

  /** Size and shape of the seeded demo world; deterministic for a given seed. */
  public record World(
      @DefaultValue("42") long seed,
      @DefaultValue("12") int clientBusinesses,
      @DefaultValue("2") int employeesPerClient,
      @DefaultValue("120") int ownedPagesPerClient,
      @DefaultValue("10") int clientPagesPerClient,
      @DefaultValue("3") int restrictedClientPagesPerClient,
      @DefaultValue("3") int pagesWithoutBusinessPerAdmin,
      @DefaultValue("2") int appPlatformDisabledPagesPerClient,
      @DefaultValue("1") int preConnectedClients,
      @DefaultValue("4") int unconnectedBusinesses,
      @DefaultValue("80") int pagesPerUnconnectedBusiness,
      @DefaultValue("300") int pagesWithoutBusiness,
      @DefaultValue("10") int systemUserCap,
      @DefaultValue("1") int adminSystemUserCap) {}

  /** Business Use Case budgets, counted in a sliding window. */
  public record RateLimit(
      @DefaultValue("1h") Duration window,
      @DefaultValue("4800") int pageCallsPerWindow,
      @DefaultValue("2000") int businessCallsPerWindow,
      @DefaultValue("1000000") int appCallsPerWindow,
      @DefaultValue("100000") int userCallsPerWindow) {}

  /** Added to every Graph call (fixed + uniform random jitter). */
  public record Latency(@DefaultValue("0") long fixedMs, @DefaultValue("0") long jitterMs) {}

  /** Lifetimes. */
  public record Tokens(
      @DefaultValue("60d") Duration userTokenTtl,
      @DefaultValue("60d") Duration expiringSystemUserTokenTtl,
      @DefaultValue("10m") Duration loginCodeTtl) {}
}
