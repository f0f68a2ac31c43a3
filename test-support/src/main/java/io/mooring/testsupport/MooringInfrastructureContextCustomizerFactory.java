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

  private static String databaseNameFor(Class<?> testClass) {
    String name = "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
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
              "mooring.kafka.partitions",
              3,
              "mooring.identity.signing-key",
              TEST_IDENTITY_SIGNING_KEY,
              "mooring.secrets.keyset",
              TEST_SECRETS_KEYSET);
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(new MapPropertySource("mooringTestInfrastructure", properties));
    }
  }
}
