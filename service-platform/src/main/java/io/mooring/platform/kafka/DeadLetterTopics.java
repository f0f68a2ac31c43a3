package io.mooring.platform.kafka;

import io.mooring.contracts.topics.TopicNames;

/** Where a failed record of a topic (or of its retry topic) goes: {@code <topic>-dlt}. */
public final class DeadLetterTopics {
  private DeadLetterTopics() {}

  public static String of(String topic) {
    String main =
        topic.endsWith(TopicNames.RETRY_SUFFIX)
            ? topic.substring(0, topic.length() - TopicNames.RETRY_SUFFIX.length())
            : topic;
    return main.endsWith(TopicNames.DEAD_LETTER_SUFFIX)
        ? main
        : main + TopicNames.DEAD_LETTER_SUFFIX;
  }
}
