package io.mooring.contracts.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.contracts.envelope.MessageType;
import io.mooring.contracts.envelope.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void everyMessageTypeLivesOnExactlyOneTopic() {
    for (MessageType<?> type : Messages.all()) {
      assertThat(Topics.all().stream().filter(topic -> topic.carries(type)))
          .as("topics carrying %s", type.name())
          .hasSize(1);
    }
  }

  @Test
  void topicNamesAreUniqueAndRetryAndDeadLetterNamesUseSpringKafkaSuffixes() {
    assertThat(Topics.all().stream().map(Topic::name)).doesNotHaveDuplicates();
    assertThat(Topics.ENABLEMENT_COMMANDS.deadLetterTopic())
        .isEqualTo("mooring.enablement.commands-dlt");
    assertThat(Topics.ENABLEMENT_PAGE_WORK.retryTopic())
        .isEqualTo("mooring.enablement.page-work-retry");
  }

  @Test
  void aNameOutsideTheGrammarIsRefused() {
    assertThatThrownBy(() -> new Topic("Mooring_Jobs", "job id", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Topic("mooring.jobs", "job id", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lookupByNameFindsRegisteredTopicsOnly() {
    assertThat(Topics.byName(TopicNames.SYSTEM_USER_EVENTS)).contains(Topics.SYSTEM_USER_EVENTS);
    assertThat(Topics.byName("mooring.unknown.topic")).isEmpty();
  }
}
