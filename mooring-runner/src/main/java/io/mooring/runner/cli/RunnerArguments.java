package io.mooring.runner.cli;

import io.mooring.runner.ports.Ports;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The command line, understood.
 *
 * @param command what to do
 * @param dataDir where Kafka, the store, the mailbox, logs and dev secrets live
 * @param home the Mooring checkout whose built jars are run, or null to find it from the runner jar
 * @param ports every endpoint's port
 * @param readyTimeout how long to wait for everything to be ready
 * @param demoPages how many pages the demo puts in its bulk job
 * @param demoTenant the demo's tenant, or null for a fresh one per run
 */
public record RunnerArguments(
    Command command,
    Path dataDir,
    Path home,
    Ports ports,
    Duration readyTimeout,
    int demoPages,
    String demoTenant) {}
