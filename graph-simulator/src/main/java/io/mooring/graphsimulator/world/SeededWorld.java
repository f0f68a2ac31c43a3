package io.mooring.graphsimulator.world;

/** The outcome of seeding: the mutable world, its read-only view, and the partner's token. */
public record SeededWorld(World world, DemoWorld view, String partnerAdminSystemUserToken) {}
