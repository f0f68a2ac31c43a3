package io.mooring.runner.cli;

/** What the runner is asked to do. */
public enum Command {
  /** Start everything and wait for Ctrl-C (the default). */
  START,
  /** Drive the main journey through the gateway of a running Mooring. */
  DEMO,
  /** Print the usage. */
  HELP
}
