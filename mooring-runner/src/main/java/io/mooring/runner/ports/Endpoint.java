package io.mooring.runner.ports;

/** Everything the runner opens a port for, with its default port and who it is for people. */
public enum Endpoint {
  GATEWAY("gateway", 8080, "the API gateway"),
  BM_CONNECTOR("bm-connector", 8081, "bm-connector-service"),
  PROVISIONER("provisioner", 8082, "system-user-provisioner"),
  PAGE_WORKER("page-worker", 8083, "page-subscription-worker"),
  NOTIFICATIONS("notifications", 8084, "notification-service"),
  SIMULATOR("simulator", 8089, "the Graph API simulator"),
  KAFKA("kafka", 9092, "the Kafka broker"),
  MONGODB("mongodb", 27017, "the MongoDB-protocol store"),
  SMTP("smtp", 3025, "the SMTP server"),
  MAILBOX("mailbox", 8025, "the mailbox page");

  private final String key;
  private final int defaultPort;
  private final String description;

  Endpoint(String key, int defaultPort, String description) {
    this.key = key;
    this.defaultPort = defaultPort;
    this.description = description;
  }

  /** The name in {@code --port.<key>=}. */
  public String key() {
    return key;
  }

  public int defaultPort() {
    return defaultPort;
  }

  public String description() {
    return description;
  }

  public static Endpoint byKey(String key) {
    for (Endpoint endpoint : values()) {
      if (endpoint.key.equals(key)) {
        return endpoint;
      }
    }
    return null;
  }
}
