package io.mooring.notification.testing;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.EnvelopeCodec;
import io.mooring.contracts.schema.ContractSchemas;
import io.mooring.contracts.topics.Topic;
import io.mooring.notification.email.EmailOutbox;
import io.mooring.notification.email.OutboxEmail;
import io.mooring.notification.inapp.Notification;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.InternalIdentityTokens;
import io.mooring.platform.identity.Role;
import io.mooring.platform.kafka.DeadLetterReason;
import io.mooring.platform.kafka.MessagePublisher;
import io.mooring.testsupport.KafkaProbe;
import io.mooring.testsupport.WithMooringInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on the real test broker, the MongoDB-protocol store and an in-process SMTP
 * server. Each test class gets its own database (so its own context); the context is closed after
 * the class so its Kafka consumers leave the group before the next class's join.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMooringInfrastructure
@DirtiesContext
public abstract class NotificationServiceIntegration {
  protected static final Duration PATIENCE = Duration.ofSeconds(30);
  protected static final TestSmtp SMTP = TestSmtp.get();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SMTP::port);
  }

  @Autowired protected MessagePublisher publisher;
  @Autowired protected MongoTemplate mongo;
  @Autowired protected MeterRegistry meters;
  @Autowired protected EmailOutbox outbox;
  @Autowired private InternalIdentityTokens tokens;

  @Value("${spring.kafka.bootstrap-servers}")
  private String bootstrapServers;

  @LocalServerPort private int port;

  protected KafkaProbe kafka;
  protected TestHttp http;

  /** A tenant of this test alone. */
  protected String tenant;

  @BeforeEach
  void connect() {
    kafka = new KafkaProbe(bootstrapServers);
    http = new TestHttp(port, tokens);
    tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
    SMTP.start();
  }

  /** Publishes as a Mooring service does, after checking the envelope against the contract. */
  protected void publish(Envelope<?> envelope) {
    List<String> violations = ContractSchemas.violations(EnvelopeCodec.encodeToString(envelope));
    if (!violations.isEmpty()) {
      throw new AssertionError("test envelope breaks the contract: " + violations);
    }
    publisher.publishAndWait(envelope, Duration.ofSeconds(10));
  }

  /** Sends bytes no Mooring producer would send. */
  protected void sendRaw(String topic, String key, String value) {
    kafka.sendRaw(topic, key, value.getBytes(StandardCharsets.UTF_8));
  }

  /** The dead letter of the record with {@code key}, and why it died. */
  protected String deadLetterReason(Topic topic, String key) {
    ConsumerRecord<String, byte[]> dead =
        kafka.awaitRecords(topic.deadLetterTopic(), r -> key.equals(r.key()), 1).get(0);
    Header reason = dead.headers().lastHeader(DeadLetterReason.HEADER);
    return reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8);
  }

  protected Caller caller(String userId) {
    return caller(tenant, userId);
  }

  protected static Caller caller(String tenantId, String userId) {
    return new Caller(tenantId, userId, userId + "@example.test", Set.of(Role.VIEWER));
  }

  protected List<Notification> notificationsOf(String tenantId, String userId) {
    return mongo.find(
        Query.query(Criteria.where("tenantId").is(tenantId).and("userId").is(userId)),
        Notification.class);
  }

  protected List<Notification> awaitNotifications(String tenantId, String userId, int count) {
    await().atMost(PATIENCE).until(() -> notificationsOf(tenantId, userId).size() >= count);
    return notificationsOf(tenantId, userId);
  }

  protected Optional<OutboxEmail> outboxEmail(String dedupeKey) {
    return outbox.byDedupeKey(dedupeKey);
  }

  protected double counter(String name, String... tags) {
    var counter = meters.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  /** Waits until a counter has grown by {@code by} from {@code before}. */
  protected void awaitCounter(double before, int by, String name, String... tags) {
    await().atMost(PATIENCE).until(() -> counter(name, tags) >= before + by);
  }
}
