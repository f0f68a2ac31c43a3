package io.mooring.graphsimulator.world;

/** Business roles this simulator models for people and system users. */
public enum Role {
  ADMIN,
  EMPLOYEE
}
