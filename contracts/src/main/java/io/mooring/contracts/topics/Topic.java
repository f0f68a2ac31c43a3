package io.mooring.contracts.topics;

import io.mooring.contracts.envelope.MessageType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic of the registry: its name, what its key is (always the aggregate id, so per-aggregate
 * order holds) and the message types it carries.
 */
public record Topic(String name, String key, List<MessageType<?>> messageTypes) {
  static final Pattern GRAMMAR = Pattern.compile("mooring(\\.[a-z]+(-[a-z]+)*){2}");

  public Topic {
    Objects.requireNonNull(key, "key");
    if (name == null || !GRAMMAR.matcher(name).matches()) {
      throw new IllegalArgumentException("topic name breaks the grammar: " + name);
    }
    messageTypes = List.copyOf(messageTypes);
  }

  public String retryTopic() {
    return name + TopicNames.RETRY_SUFFIX;
  }

  public String deadLetterTopic() {
    return name + TopicNames.DEAD_LETTER_SUFFIX;
  }

  public boolean carries(MessageType<?> type) {
    return messageTypes.contains(type);
  }
}
