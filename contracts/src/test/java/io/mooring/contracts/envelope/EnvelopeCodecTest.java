package io.mooring.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.EnableSystemUserRequested;
import io.mooring.contracts.enablement.PageEnablementWorkItem;
import io.mooring.contracts.enablement.PageIds;
import io.mooring.contracts.schema.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
  private static final RequestedBy ANA = new RequestedBy("user-1", "ana@acme.example", "Ana");

  @Test
  void aStartedEnvelopeRoundTripsAndIsItsOwnCorrelation() {
    var command =
        new EnableSystemUserRequested(UUID.randomUUID(), ANA, List.of("123", "456"), true);
    Envelope<EnableSystemUserRequested> envelope =
        Envelope.start(
            Messages.ENABLE_SYSTEM_USER_REQUESTED, "acme", "api-gateway", command, CLOCK);

    Envelope<?> decoded = EnvelopeCodec.decode(EnvelopeCodec.encode(envelope));

    assertThat(decoded).isEqualTo(envelope);
    assertThat(decoded.correlationId()).isEqualTo(envelope.eventId());
    assertThat(decoded.causationId()).isNull();
    assertThat(decoded.key()).isEqualTo(command.jobId().toString());
    assertThat(EnvelopeCodec.encodeToString(envelope))
        .contains("\"occurredAt\":\"2026-12-04T10:00:00Z\"");
  }

  @Test
  void aCausedEnvelopeKeepsTenantAndCorrelationAndPointsAtItsCause() {
    var command = new EnableSystemUserRequested(UUID.randomUUID(), ANA, List.of("123"), false);
    var cause = Envelope.start(Messages.ENABLE_SYSTEM_USER_REQUESTED, "acme", "gw", command, CLOCK);
    var work = new PageEnablementWorkItem(command.jobId(), "123", false, 1);

    var effect =
        Envelope.causedBy(cause, Messages.PAGE_ENABLEMENT_WORK_ITEM, "worker", work, CLOCK);

    assertThat(effect.tenantId()).isEqualTo("acme");
    assertThat(effect.correlationId()).isEqualTo(cause.correlationId());
    assertThat(effect.causationId()).isEqualTo(cause.eventId());
    assertThat(effect.key()).isEqualTo("123");
  }

  @Test
  void notJsonIsMalformed() {
    assertThatThrownBy(() -> EnvelopeCodec.decode("{not json"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> EnvelopeCodec.decode(new byte[0]))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void anUnknownTypeOrANewerVersionIsMalformed() {
    String fixture = Fixtures.envelopeJson("EnablementJobProgressed");

    assertThatThrownBy(
            () -> EnvelopeCodec.decode(fixture.replace("\"EnablementJobProgressed\"", "\"Nope\"")))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("unknown message type: Nope");
    assertThatThrownBy(
            () -> EnvelopeCodec.decode(fixture.replace("\"version\": 1", "\"version\": 2")))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("unsupported version 2");
  }

  @Test
  void aMissingTenantIsMalformed() {
    String fixture = Fixtures.envelopeJson("EnablementJobProgressed");

    assertThatThrownBy(() -> EnvelopeCodec.decode(fixture.replace("\"tenantId\": \"acme\",", "")))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("tenantId");
  }

  @Test
  void aJobWithAMalformedPageIdIsMalformedAndSaysWhichId() {
    String fixture = Fixtures.envelopeJson("EnableSystemUserRequested");

    assertThatThrownBy(
            () -> EnvelopeCodec.decode(fixture.replace("\"2000000000000002\"", "\"page-2\"")))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("malformed page id: 'page-2'");
  }

  @Test
  void aJobOverTenThousandPagesIsRefused() {
    List<String> tooMany =
        IntStream.rangeClosed(1, PageIds.MAX_PER_JOB + 1).mapToObj(Integer::toString).toList();

    assertThatThrownBy(() -> new EnableSystemUserRequested(UUID.randomUUID(), ANA, tooMany, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 10000");
    assertThatThrownBy(
            () -> new EnableSystemUserRequested(UUID.randomUUID(), ANA, List.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownPropertiesFromANewerProducerAreIgnored() {
    String fixture = Fixtures.envelopeJson("EnablementJobProgressed");

    Envelope<?> decoded =
        EnvelopeCodec.decode(
            fixture.replace("\"pending\": 1", "\"pending\": 1, \"etaSeconds\": 5"));

    assertThat(decoded.payload()).isEqualTo(EnvelopeCodec.decode(fixture).payload());
  }
}
