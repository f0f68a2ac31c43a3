package io.mooring.contracts.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mooring.contracts.envelope.EnvelopeCodec;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Validates messages against the committed JSON Schemas. Shared through the test jar so services
 * can check what they really produce.
 */
public final class ContractSchemas {
  public static final String ID_PREFIX = "https://schemas.mooring.io/contracts/";
  public static final String RESOURCE_DIR = "io/mooring/contracts/schemas/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:" + RESOURCE_DIR)));

  private ContractSchemas() {}

  public static Schema schema(String fileName) {
    return REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + fileName));
  }

  public static Schema payloadSchema(String messageType) {
    return schema(messageType + ".schema.json");
  }

  /** Every violation of the envelope schema and of the payload schema its type names. */
  public static List<String> violations(JsonNode envelope) {
    List<String> problems = new ArrayList<>();
    schema("envelope.schema.json").validate(envelope).stream()
        .map(Error::toString)
        .forEach(problems::add);
    String type = envelope.path("type").asString("");
    if (ContractSchemas.class.getClassLoader().getResource(RESOURCE_DIR + type + ".schema.json")
        == null) {
      problems.add("no schema for type '" + type + "'");
      return problems;
    }
    payloadSchema(type).validate(envelope.path("payload")).stream()
        .map(error -> "payload: " + error)
        .forEach(problems::add);
    return problems;
  }

  public static List<String> violations(String envelopeJson) {
    return violations(EnvelopeCodec.mapper().readTree(envelopeJson));
  }
}
