package io.mooring.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.MessageType;
import io.mooring.contracts.envelope.Messages;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schemas document the records exactly: no field forgotten, none invented. */
class SchemaMatchesRecordsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<MessageType<?>> catalogue() {
    return Messages.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void payloadSchemaPropertiesAreTheRecordComponents(MessageType<?> type) {
    assertPropertiesMatch(schemaFile(type.name() + ".schema.json"), type.payloadClass());
  }

  @Test
  void envelopeSchemaPropertiesAreTheEnvelopeComponents() {
    assertPropertiesMatch(schemaFile("envelope.schema.json"), Envelope.class);
  }

  @Test
  void sharedDefinitionsMatchTheirRecordsAndEnums() {
    JsonNode defs = schemaFile("common.schema.json").path("$defs");
    assertPropertiesMatch(defs.path("RequestedBy"), RequestedBy.class);
    assertPropertiesMatch(defs.path("SealedSecret"), SealedSecret.class);
    Set<String> documented = new HashSet<>();
    defs.path("ReasonCode").path("enum").forEach(value -> documented.add(value.asString()));
    assertThat(documented)
        .isEqualTo(Arrays.stream(ReasonCode.values()).map(Enum::name).collect(Collectors.toSet()));
  }

  private static void assertPropertiesMatch(JsonNode schema, Class<?> record) {
    Set<String> components =
        Arrays.stream(record.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    Set<String> properties = new HashSet<>(schema.path("properties").propertyNames());
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asString()));

    assertThat(properties).as("properties of %s", record.getSimpleName()).isEqualTo(components);
    assertThat(components).as("required of %s", record.getSimpleName()).containsAll(required);
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  static JsonNode schemaFile(String name) {
    try (InputStream in =
        SchemaMatchesRecordsTest.class
            .getClassLoader()
            .getResourceAsStream(ContractSchemas.RESOURCE_DIR + name)) {
      assertThat(in).as("schema file %s", name).isNotNull();
      return JSON.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
