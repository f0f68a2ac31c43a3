package io.mooring.runner;

import io.mooring.runner.cli.ArgumentParser;
import io.mooring.runner.cli.RunnerArguments;
import io.mooring.runner.cli.UsageException;
import io.mooring.runner.demo.DemoCommand;
import java.util.List;

/**
 * Runs all of Mooring on one machine ({@code start}, the default) or drives its main journey
 * ({@code demo}). Reached through {@link io.mooring.runner.launcher.Launcher}, which has already
 * refused an old Java.
 */
public final class MooringRunner {
  private MooringRunner() {}

  public static void main(String[] argv) throws Exception {
    RunnerArguments args;
    try {
      args = ArgumentParser.parse(List.of(argv));
    } catch (UsageException e) {
      System.err.println(e.getMessage());
      System.err.println("Run with --help to see the commands and options.");
      System.exit(2);
      return;
    }
    int exitCode =
        switch (args.command()) {
          case HELP -> {
            System.out.print(ArgumentParser.usage());
            yield 0;
          }
          case DEMO -> new DemoCommand(args, System.out).run();
          case START -> new RunCommand(args, System.out, System.err).run();
        };
    System.exit(exitCode);
  }
}
