package io.mooring.graphsimulator.graph;

/** The node types a path id can resolve to; the names are Meta's node type names. */
public enum NodeKind {
  ROOT("Root"),
  BUSINESS("Business"),
  PAGE("Page"),
  USER("User"),
  SYSTEM_USER("SystemUser"),
  APP("Application");

  private final String metaName;

  NodeKind(String metaName) {
    this.metaName = metaName;
  }

  public String metaName() {
    return metaName;
  }
}
