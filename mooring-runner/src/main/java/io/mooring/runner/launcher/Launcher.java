package io.mooring.runner.launcher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The jar's entry point: refuses an old Java with one sentence, then hands over to the runner. Java
 * 8 bytecode, no dependencies; the runner itself is loaded by name so that an old JVM never touches
 * its (Java 17) classes.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    String refusal =
        JavaVersion.refusal(
            System.getProperty("java.specification.version"), System.getProperty("java.home"));
    if (refusal != null) {
      System.err.println(refusal);
      System.exit(2);
      return;
    }
    Method main =
        Class.forName("io.mooring.runner.MooringRunner").getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
