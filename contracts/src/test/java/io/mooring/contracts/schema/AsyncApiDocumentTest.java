package io.mooring.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.envelope.MessageType;
import io.mooring.contracts.envelope.Messages;
import io.mooring.contracts.topics.Topic;
import io.mooring.contracts.topics.Topics;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI document and the registry in code describe the same topics and messages. */
class AsyncApiDocumentTest {
  private static JsonNode document;

  @BeforeAll
  static void readDocument() throws Exception {
    try (InputStream in =
        AsyncApiDocumentTest.class
            .getClassLoader()
            .getResourceAsStream("io/mooring/contracts/asyncapi.yaml")) {
      document = YAMLMapper.builder().build().readTree(in);
    }
  }

  @Test
  void isAnAsyncApi3Document() {
    assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
    assertThat(document.path("info").path("title").asString()).isNotBlank();
  }

  @Test
  void everyRegisteredTopicIsAChannelWithExactlyItsMessages() {
    Map<String, Set<String>> channelMessagesByAddress = new HashMap<>();
    document
        .path("channels")
        .properties()
        .forEach(
            channel ->
                channelMessagesByAddress.put(
                    channel.getValue().path("address").asString(),
                    new HashSet<>(channel.getValue().path("messages").propertyNames())));

    for (Topic topic : Topics.all()) {
      assertThat(channelMessagesByAddress)
          .as("channel for %s", topic.name())
          .containsKey(topic.name());
      assertThat(channelMessagesByAddress.get(topic.name()))
          .isEqualTo(
              topic.messageTypes().stream().map(MessageType::name).collect(Collectors.toSet()));
    }
    assertThat(channelMessagesByAddress.keySet())
        .isEqualTo(Topics.all().stream().map(Topic::name).collect(Collectors.toSet()));
  }

  @Test
  void everyMessageTypeIsDocumentedWithAnExistingPayloadSchema() {
    JsonNode messages = document.path("components").path("messages");
    for (MessageType<?> type : Messages.all()) {
      JsonNode message = messages.path(type.name());
      assertThat(message.isMissingNode()).as("AsyncAPI message %s", type.name()).isFalse();
      String payloadRef = message.path("payload").path("$ref").asString();
      assertThat(payloadRef).isEqualTo("schemas/" + type.name() + ".schema.json");
      assertThat(getClass().getClassLoader().getResource("io/mooring/contracts/" + payloadRef))
          .as("schema file behind %s", payloadRef)
          .isNotNull();
    }
    assertThat(messages.propertyNames())
        .containsExactlyInAnyOrderElementsOf(
            Messages.all().stream().map(MessageType::name).toList());
  }

  @Test
  void everyChannelHasAProducingOperation() {
    Set<String> sentChannels = new HashSet<>();
    document
        .path("operations")
        .forEach(
            operation -> {
              if (operation.path("action").asString().equals("send")) {
                sentChannels.add(operation.path("channel").path("$ref").asString());
              }
            });
    assertThat(sentChannels)
        .isEqualTo(
            document.path("channels").propertyNames().stream()
                .map(id -> "#/channels/" + id)
                .collect(Collectors.toSet()));
  }
}
