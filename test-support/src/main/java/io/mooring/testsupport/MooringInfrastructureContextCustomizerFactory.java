package io.mooring.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Turns {@link WithMooringInfrastructure} into connection properties of the test context. */
public class MooringInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {
  /** The Tink keyset every service of a test seals tokens with (tests only, never deployed). */
  public static final String TEST_SECRETS_KEYSET =
      "{\"primaryKeyId\":425682511,\"key\":[{\"keyData\":{\"typeUrl\":"
          + "\"type.googleapis.com/google.crypto.tink.AesGcmKey\",\"value\":"
          + "\"GiCPECF1Tbip6Sh4RPC0Lp/5Ok+EQeoalFccPqWBal+5jQ==\",\"keyMaterialType\":\"SYMMETRIC\"},"
          + "\"status\":\"ENABLED\",\"keyId\":425682511,\"outputPrefixType\":\"TINK\"}]}";

  private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

  /** The key tests' services verify identity tokens with (base64 of 32 bytes; tests only). */
  public static final String TEST_IDENTITY_SIGNING_KEY =
      "bW9vcmluZy10ZXN0LWlkZW50aXR5LXNpZ25pbmcta2V5IQ==";

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    WithMooringInfrastructure annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, WithMooringInfrastructure.class);
    if (annotation == null) {
      return null;
    }
    InfrastructureMode mode =
        annotation.mode().length > 0
            ? annotation.mode()[0]
            : InfrastructureMode.fromSystemProperty();
    return new InfrastructureCustomizer(mode, databaseNameFor(testClass));
  }

  /**
   * Named after the class that declares the annotation, so test classes sharing a base class can
   * share one context (and its database).
   */
  private static String databaseNameFor(Class<?> testClass) {
    var descriptor =
        TestContextAnnotationUtils.findAnnotationDescriptor(
            testClass, WithMooringInfrastructure.class);
    Class<?> owner = descriptor == null ? testClass : descriptor.getDeclaringClass();
    String name = "it_" + owner.getSimpleName().toLowerCase(Locale.ROOT);
    return name.length() > 60 ? name.substring(0, 60) : name;
  }

  private record InfrastructureCustomizer(InfrastructureMode mode, String database)
      implements ContextCustomizer {
    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
      TestInfrastructure.Endpoints endpoints = TestInfrastructure.endpoints(mode);
      Map<String, Object> properties =
          Map.of(
              "spring.kafka.bootstrap-servers",
              endpoints.kafkaBootstrapServers(),
              "spring.mongodb.uri",
              endpoints.mongoUri(database),
              "management.endpoint.health.show-details",
              "always",
              // Cached contexts stay alive: each needs its own consumer group, or it would take
              // partitions (and events) from the next test class's context.
              "spring.kafka.consumer.group-id",
              database,
              "mooring.kafka.partitions",
              3,
              "mooring.identity.signing-key",
              TEST_IDENTITY_SIGNING_KEY,
              "mooring.secrets.keyset",
              TEST_SECRETS_KEYSET);
      // Below a test's own inlined properties, so a test class can still override one.
      var sources = context.getEnvironment().getPropertySources();
      var infrastructure = new MapPropertySource("mooringTestInfrastructure", properties);
      if (sources.contains(INLINED_TEST_PROPERTIES)) {
        sources.addAfter(INLINED_TEST_PROPERTIES, infrastructure);
      } else {
        sources.addFirst(infrastructure);
      }
    }
  }
}
