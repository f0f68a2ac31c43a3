package io.mooring.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.envelope.MessageType;
import io.mooring.contracts.envelope.Messages;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Committed fixtures are what consumers in the field receive: they must keep working. */
class FixtureCompatibilityTest {

  static Stream<MessageType<?>> catalogue() {
    return Messages.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void fixtureFollowsTheSchemas(MessageType<?> type) {
    assertThat(ContractSchemas.violations(Fixtures.envelopeJson(type.name()))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theSchemasRejectWhatTheRecordsWouldRefuse() {
    String fixture = Fixtures.envelopeJson("PageMovedToSystemUser");

    assertThat(ContractSchemas.violations(fixture.replace("\"MODERATE\"", "\"MANAGE\"")))
        .isNotEmpty();
    assertThat(ContractSchemas.violations(fixture.replace("\"tenantId\": \"acme\",", "")))
        .anyMatch(problem -> problem.contains("tenantId"));
    assertThat(
            ContractSchemas.violations(
                fixture.replace("\"pageId\": \"2000000000000001\"", "\"pageId\": \"p1\"")))
        .anyMatch(problem -> problem.startsWith("payload:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void fixtureDeserializesToItsPayloadRecord(MessageType<?> type) {
    Envelope<?> envelope = EnvelopeCodec.decode(Fixtures.envelopeJson(type.name()));

    assertThat(envelope.type()).isEqualTo(type.name());
    assertThat(envelope.payload()).isInstanceOf(type.payloadClass());
    assertThat(envelope.tenantId()).isEqualTo("acme");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void serializationRoundTripsToTheSameJsonAndValue(MessageType<?> type) {
    String fixture = Fixtures.envelopeJson(type.name());
    Envelope<?> decoded = EnvelopeCodec.decode(fixture);

    String reencoded = EnvelopeCodec.encodeToString(decoded);

    assertThat(EnvelopeCodec.mapper().readTree(reencoded))
        .isEqualTo(EnvelopeCodec.mapper().readTree(fixture));
    assertThat(EnvelopeCodec.decode(reencoded)).isEqualTo(decoded);
    assertThat(ContractSchemas.violations(reencoded)).isEmpty();
  }
}
