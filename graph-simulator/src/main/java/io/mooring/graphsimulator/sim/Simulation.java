package io.mooring.graphsimulator.sim;

import io.mooring.graphsimulator.login.LoginCodeStore;
import io.mooring.graphsimulator.token.TokenStore;
import io.mooring.graphsimulator.world.DemoWorld;
import io.mooring.graphsimulator.world.World;

/** One generation of simulated state; a reset replaces it whole. */
public record Simulation(
    World world,
    DemoWorld view,
    TokenStore tokens,
    LoginCodeStore loginCodes,
    String partnerAdminSystemUserToken) {}
