package io.mooring.runner.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaVersionTest {

  @ParameterizedTest
  @CsvSource({"1.8, 8", "9, 9", "11, 11", "17, 17", "21, 21", "25, 25", "17.0.2, 17", "abc, 0"})
  void readsTheFeatureNumber(String specification, int feature) {
    assertThat(JavaVersion.feature(specification)).isEqualTo(feature);
  }

  @Test
  void unknownVersionIsZero() {
    assertThat(JavaVersion.feature(null)).isZero();
    assertThat(JavaVersion.feature("")).isZero();
  }

  @ParameterizedTest
  @CsvSource({"1.8, 8", "11, 11", "16, 16"})
  void refusesOlderThan17WithOneSentenceNamingBothVersions(String specification, int feature) {
    String refusal = JavaVersion.refusal(specification, "/opt/jdk-old");

    assertThat(refusal)
        .startsWith("Mooring needs Java 17 or newer, but this is Java " + feature + " ")
        .contains("/opt/jdk-old")
        .contains("JAVA_HOME")
        .doesNotContain("\n");
  }

  @ParameterizedTest
  @CsvSource({"17", "21", "25"})
  void accepts17AndNewer(String specification) {
    assertThat(JavaVersion.refusal(specification, "/opt/jdk")).isNull();
  }

  @Test
  void anUnreadableVersionIsRefused() {
    assertThat(JavaVersion.refusal("weird", "/opt/jdk")).contains("of unknown version");
  }
}
