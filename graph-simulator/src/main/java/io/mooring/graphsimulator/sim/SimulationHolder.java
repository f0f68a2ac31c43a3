package io.mooring.graphsimulator.sim;

import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.login.LoginCodeStore;
import io.mooring.graphsimulator.token.AccessToken;
import io.mooring.graphsimulator.token.TokenStore;
import io.mooring.graphsimulator.token.TokenType;
import io.mooring.graphsimulator.world.Scopes;
import io.mooring.graphsimulator.world.SeededWorld;
import io.mooring.graphsimulator.world.WorldSeeder;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** Holds the current simulation; requests read it once, a reset swaps in a freshly seeded one. */
@Component
public class SimulationHolder {
  private final WorldSeeder seeder;
  private final AtomicReference<Simulation> current = new AtomicReference<>();

  public SimulationHolder(SimulatorProperties properties) {
    this.seeder = new WorldSeeder(properties);
    reset();
  }

  public Simulation current() {
    return current.get();
  }

  public Simulation reset() {
    SeededWorld seeded = seeder.seed();
    TokenStore tokens = new TokenStore();
    var world = seeded.world();
    tokens.register(
        new AccessToken(
            seeded.partnerAdminSystemUserToken(),
            TokenType.SYSTEM_USER,
            world.appId(),
            world.partnerAdminSystemUserId(),
            null,
            Scopes.KNOWN,
            Instant.parse("2025-01-15T09:00:00Z"),
            null,
            world.systemUser(world.partnerAdminSystemUserId()).tokenGeneration(),
            null));
    Simulation simulation =
        new Simulation(
            world,
            seeded.view(),
            tokens,
            new LoginCodeStore(),
            seeded.partnerAdminSystemUserToken());
    current.set(simulation);
    return simulation;
  }
}
