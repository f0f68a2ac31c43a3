package io.mooring.runner.launcher;

/**
 * The Java version check. Compiled for Java 8 (see the POM) so that it can run, and refuse, on a
 * JVM too old for the rest of the runner.
 */
public final class JavaVersion {
  public static final int REQUIRED = 17;

  private JavaVersion() {}

  /**
   * The feature number of a {@code java.specification.version}: "1.8" is 8, "17" is 17, "25" is 25.
   * Unreadable values count as 0.
   */
  public static int feature(String specificationVersion) {
    if (specificationVersion == null) {
      return 0;
    }
    String version = specificationVersion.trim();
    if (version.startsWith("1.")) {
      version = version.substring(2);
    }
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
  }

  /** Why this Java cannot run Mooring, or null when it can. */
  public static String refusal(String specificationVersion, String javaHome) {
    int feature = feature(specificationVersion);
    if (feature >= REQUIRED) {
      return null;
    }
    return "Mooring needs Java "
        + REQUIRED
        + " or newer, but this is Java "
        + (feature == 0 ? "of unknown version" : String.valueOf(feature))
        + " ("
        + javaHome
        + "). Install a JDK "
        + REQUIRED
        + "+ and put it first on PATH (or set JAVA_HOME).";
  }
}
