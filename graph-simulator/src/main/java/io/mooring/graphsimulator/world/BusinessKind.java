package io.mooring.graphsimulator.world;

/** Why a business exists in the demo world. */
public enum BusinessKind {
  /** Owns the Mooring app. */
  PARTNER,
  /** A Mooring customer meant to be connected through On-Behalf-Of. */
  CLIENT,
  /** A business that owns pages but is never meant to be connected. */
  OTHER
}
