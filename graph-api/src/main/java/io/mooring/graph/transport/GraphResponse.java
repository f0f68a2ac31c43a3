package io.mooring.graph.transport;

import io.mooring.graph.usage.GraphUsage;
import tools.jackson.databind.JsonNode;

/** A successful Graph answer: status, parsed JSON body and usage headers. */
public record GraphResponse(int status, JsonNode body, GraphUsage usage) {}
