package io.mooring.graph.transport;

/** The HTTP methods the Graph API uses. */
public enum HttpMethod {
  GET,
  POST,
  DELETE
}
