package io.mooring.graphsimulator.graph;

import io.mooring.graphsimulator.sim.Simulation;
import io.mooring.graphsimulator.world.Business;
import io.mooring.graphsimulator.world.Page;
import io.mooring.graphsimulator.world.Person;
import io.mooring.graphsimulator.world.SystemUser;
import io.mooring.graphsimulator.world.World;
import java.time.Instant;
import java.util.List;

/** Everything a handler needs about one call. */
public final class CallContext {
  private final Simulation sim;
  private final GraphRequest request;
  private final String version;
  private final String operation;
  private final NodeKind nodeKind;
  private final Object node;
  private final Caller caller;
  private final Instant now;

  public CallContext(
      Simulation sim,
      GraphRequest request,
      String version,
      String operation,
      NodeKind nodeKind,
      Object node,
      Caller caller,
      Instant now) {
    this.sim = sim;
    this.request = request;
    this.version = version;
    this.operation = operation;
    this.nodeKind = nodeKind;
    this.node = node;
    this.caller = caller;
    this.now = now;
  }

  public Simulation sim() {
    return sim;
  }

  public World world() {
    return sim.world();
  }

  public GraphRequest request() {
    return request;
  }

  public String version() {
    return version;
  }

  public String operation() {
    return operation;
  }

  public NodeKind nodeKind() {
    return nodeKind;
  }

  public Caller caller() {
    return caller;
  }

  public Instant now() {
    return now;
  }

  public String param(String name) {
    return request.param(name);
  }

  public String requireParam(String name) {
    String value = request.param(name);
    if (value == null) {
      throw GraphErrors.missingParameter(name);
    }
    return value;
  }

  public boolean flag(String name) {
    String value = request.param(name);
    return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
  }

  /** Requested fields, or {@code defaults} when the call names none. */
  public List<String> fields(List<String> defaults) {
    List<String> requested = Fields.parse(request.param("fields"));
    return requested.isEmpty() ? defaults : requested;
  }

  public Page page() {
    return (Page) node;
  }

  public Business business() {
    return (Business) node;
  }

  public SystemUser systemUser() {
    return (SystemUser) node;
  }

  public Person person() {
    return (Person) node;
  }

  public Object node() {
    return node;
  }

  /** Absolute URL of this edge, for {@code paging.next}. */
  public String edgeUrl() {
    String path = request.path();
    return request.baseUrl() + (path.startsWith("/") ? path : "/" + path);
  }
}
