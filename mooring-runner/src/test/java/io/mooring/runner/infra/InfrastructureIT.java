package io.mooring.runner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.mooring.runner.data.DataFolder;
import io.mooring.runner.http.HttpJson;
import io.mooring.runner.ports.Endpoint;
import io.mooring.runner.ports.PortCheck;
import io.mooring.runner.ports.Ports;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's infrastructure on free ports in a fresh data folder: a real Kafka broker, the
 * MongoDB-protocol store, the SMTP server and the mailbox each answer, the ports they hold are
 * reported as taken, and the store and the broker keep their data across a restart.
 */
class InfrastructureIT {

  private static Ports freePorts() {
    return io.mooring.runner.FreePorts.pick();
  }

  @Test
  void everyPartAnswersAndTheDataSurvivesARestart(@TempDir Path dir) throws Exception {
    DataFolder data = new DataFolder(dir).create();
    Ports ports = freePorts();
    String topic = "runner-it-" + UUID.randomUUID();

    try (Infrastructure infrastructure = Infrastructure.start(data, ports)) {
      // Each one holds its port, so a second start would be refused clearly.
      assertThat(PortCheck.problems(ports))
          .anyMatch(line -> line.contains("the Kafka broker"))
          .anyMatch(line -> line.contains("the MongoDB-protocol store"))
          .anyMatch(line -> line.contains("the SMTP server"))
          .anyMatch(line -> line.contains("the mailbox page"));

      // Kafka: a real broker takes a topic and a record and gives the record back.
      String bootstrap = infrastructure.kafka().bootstrapServers();
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
      }
      try (KafkaProducer<String, String> producer = producer(bootstrap)) {
        producer.send(new ProducerRecord<>(topic, "bm-1", "hello")).get();
      }
      assertThat(consumeOne(bootstrap, topic)).isEqualTo("hello");

      // The store: a document written through the MongoDB wire protocol.
      try (MongoClient client = MongoClients.create(infrastructure.mongo().uri("runner-it"))) {
        collection(client).insertOne(new Document("_id", "bm-1").append("status", "ENABLED"));
        assertThat(collection(client).countDocuments()).isEqualTo(1);
      }

      // SMTP: a mail sent to anyone lands as an .eml file and on the mailbox page.
      sendMail(ports.of(Endpoint.SMTP), "ana@demo.example", "Job finished", "412 of 500 moved");
      Path eml = awaitOneFile(data.mailbox());
      assertThat(eml.getFileName().toString()).endsWith("-ana_at_demo.example.eml");
      EmlFile mail = EmlFile.read(eml);
      assertThat(mail.subject()).isEqualTo("Job finished");
      assertThat(mail.to()).isEqualTo("ana@demo.example");
      assertThat(mail.text()).contains("412 of 500 moved");

      HttpJson http = new HttpJson();
      String page = ports.url(Endpoint.MAILBOX);
      HttpJson.Response index = http.get(page + "/", null);
      assertThat(index.status()).isEqualTo(200);
      assertThat(index.body()).contains("Job finished").contains(eml.getFileName().toString());
      assertThat(http.get(page + "/mail/" + eml.getFileName(), null).body())
          .contains("412 of 500 moved");
      assertThat(http.get(page + "/raw/" + eml.getFileName(), null).body())
          .contains("Subject: Job finished");
      assertThat(http.get(page + "/mail/..%2Fsecrets%2Fkeyset.json", null).status()).isEqualTo(404);
    }

    // Everything let go of its port.
    assertThat(PortCheck.problems(ports)).isEmpty();

    try (Infrastructure again = Infrastructure.start(data, ports)) {
      try (MongoClient client = MongoClients.create(again.mongo().uri("runner-it"))) {
        Document kept = collection(client).find(new Document("_id", "bm-1")).first();
        assertThat(kept).isNotNull();
        assertThat(kept.getString("status")).isEqualTo("ENABLED");
      }
      try (Admin admin =
          Admin.create(Map.of("bootstrap.servers", again.kafka().bootstrapServers()))) {
        assertThat(admin.listTopics().names().get()).contains(topic);
      }
      assertThat(consumeOne(again.kafka().bootstrapServers(), topic)).isEqualTo("hello");
    }
    assertThat(Files.exists(data.mongoFile())).isTrue();
  }

  private static MongoCollection<Document> collection(MongoClient client) {
    return client.getDatabase("runner-it").getCollection("business_managers");
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(),
        new StringSerializer());
  }

  private static String consumeOne(String bootstrap, String topic) {
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "runner-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        if (!records.isEmpty()) {
          return records.iterator().next().value();
        }
      }
      return null;
    }
  }

  private static void sendMail(int port, String to, String subject, String text) throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(port));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress("notifications@mooring.local"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject);
    message.setText(text);
    Transport.send(message);
  }

  private static Path awaitOneFile(Path dir) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      List<Path> files = new MailboxFolder(dir).list();
      if (!files.isEmpty()) {
        assertThat(files).hasSize(1);
        return files.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no .eml file in " + dir);
  }
}
