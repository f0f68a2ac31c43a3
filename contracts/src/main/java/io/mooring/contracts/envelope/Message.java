package io.mooring.contracts.envelope;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A command or event payload. Its aggregate id is the Kafka key, so per-aggregate order holds. */
public interface Message {
  @JsonIgnore
  String aggregateId();
}
