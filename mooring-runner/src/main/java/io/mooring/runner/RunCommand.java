package io.mooring.runner;

import io.mooring.runner.cli.RunnerArguments;
import io.mooring.runner.data.DataFolder;
import io.mooring.runner.data.DataLock;
import io.mooring.runner.data.DevSecrets;
import io.mooring.runner.ports.PortCheck;
import io.mooring.runner.stack.Banner;
import io.mooring.runner.stack.Checkout;
import io.mooring.runner.stack.Leftovers;
import io.mooring.runner.stack.ServiceCatalog;
import io.mooring.runner.stack.Stack;
import io.mooring.runner.stack.StartFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code start}: refuse clearly if something is missing or taken, else run until Ctrl-C. */
final class RunCommand {
  private final RunnerArguments args;
  private final PrintStream out;
  private final PrintStream err;

  RunCommand(RunnerArguments args, PrintStream out, PrintStream err) {
    this.args = args;
    this.out = out;
    this.err = err;
  }

  /** The exit code: 0 after a clean stop, 1 when Mooring could not start. */
  int run() throws IOException, InterruptedException {
    Checkout checkout = Checkout.locate(args.home());
    List<Path> missing = checkout.missingJars(ServiceCatalog.ALL_MODULES);
    if (!missing.isEmpty()) {
      err.println(
          "Mooring is not built in "
              + checkout.home()
              + ": "
              + missing.size()
              + " jar(s) missing, e.g. "
              + missing.get(0)
              + ".");
      err.println(
          "Build it with ./mvnw -q -DskipTests install (./mooring builds, then starts), or point"
              + " --home= at a built checkout.");
      return 1;
    }
    DataFolder data = new DataFolder(args.dataDir()).create();
    Optional<DataLock> lock = DataLock.tryAcquire(data);
    if (lock.isEmpty()) {
      err.println(
          "Another Mooring runner (pid "
              + DataLock.holder(data)
              + ") is using "
              + data.root()
              + ". Stop it first, or start with --data=<another folder>.");
      return 1;
    }
    // Holding the lock, this runner owns what a killed runner left on the same data folder.
    List<Long> leftovers = new Leftovers(data).stopAll(Stack.STOP_GRACE);
    if (!leftovers.isEmpty()) {
      out.println(
          "Stopped "
              + leftovers.size()
              + " Mooring processes left by a runner that was killed outright (pids "
              + String.join(" ", leftovers.stream().map(String::valueOf).toList())
              + ").");
    }
    // After the lock: a second runner on the same data folder is told so, not that ports are taken.
    List<String> taken = PortCheck.problems(args.ports());
    if (!taken.isEmpty()) {
      lock.get().close();
      taken.forEach(err::println);
      return 1;
    }
    // Before the first logger exists: the infrastructure's own logs go to <data>/logs.
    System.setProperty("mooring.logs", data.logs().toString());
    DevSecrets secrets;
    try {
      secrets = DevSecrets.loadOrCreate(data);
    } catch (RuntimeException e) {
      lock.get().close();
      err.println("Mooring could not prepare its development secrets: " + describe(e));
      return 1;
    }

    Stack stack = new Stack(checkout, data, args.ports(), secrets, lock.get(), out);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "mooring-stop"));
    Duration timeToReady;
    try {
      timeToReady = stack.start(args.readyTimeout());
    } catch (StartFailure failure) {
      err.println();
      err.println("Mooring could not start: " + failure.getMessage());
      failure.details().forEach(line -> err.println("    | " + line));
      return 1;
    } catch (RuntimeException failure) {
      err.println();
      err.println("Mooring could not start: " + describe(failure));
      err.println("    Details: " + data.logs().resolve("infrastructure.log"));
      return 1;
    }
    out.println(Banner.of(timeToReady, args.ports(), data, stack.world()));
    stack.awaitStopped();
    return 0;
  }

  /** The innermost cause's message, which usually names the real problem. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != failure && root.getMessage() != null) {
      text.append(" (").append(root.getMessage()).append(')');
    }
    return text.toString();
  }
}
