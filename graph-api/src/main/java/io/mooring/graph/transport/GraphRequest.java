package io.mooring.graph.transport;

import io.mooring.graph.token.AccessToken;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Graph call before the transport adds {@code access_token} and {@code appsecret_proof}.
 * Parameters go in the query string for GET and in a form-encoded body for POST and DELETE.
 */
public final class GraphRequest {

  private final String operation;
  private final HttpMethod method;
  private final String path;
  private final Map<String, String> params;
  private final AccessToken token;
  private final Set<String> secretValues;
  private final boolean versioned;

  private GraphRequest(Builder builder) {
    this.operation = builder.operation;
    this.method = builder.method;
    this.path = builder.path;
    this.params = Collections.unmodifiableMap(new LinkedHashMap<>(builder.params));
    this.token = Objects.requireNonNull(builder.token, "access token");
    this.secretValues = Set.copyOf(builder.secretValues);
    this.versioned = builder.versioned;
  }

  public static Builder get(String operation, String path) {
    return new Builder(operation, HttpMethod.GET, path);
  }

  public static Builder post(String operation, String path) {
    return new Builder(operation, HttpMethod.POST, path);
  }

  public static Builder delete(String operation, String path) {
    return new Builder(operation, HttpMethod.DELETE, path);
  }

  public String operation() {
    return operation;
  }

  public HttpMethod method() {
    return method;
  }

  /** Path below the version segment, without leading slash, e.g. {@code me/accounts}. */
  public String path() {
    return path;
  }

  public Map<String, String> params() {
    return params;
  }

  public AccessToken token() {
    return token;
  }

  /** Parameter values that are secrets (input tokens, login codes, client secret). */
  public Set<String> secretValues() {
    return secretValues;
  }

  /** False for calls Meta serves unversioned, such as batch ({@code POST /}). */
  public boolean versioned() {
    return versioned;
  }

  /** Builds a {@link GraphRequest}. */
  public static final class Builder {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_.\\-/]*");

    private final String operation;
    private final HttpMethod method;
    private final String path;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final Set<String> secretValues = new HashSet<>();
    private AccessToken token;
    private boolean versioned = true;

    private Builder(String operation, HttpMethod method, String path) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.method = method;
      this.path = checked(stripLeadingSlash(Objects.requireNonNull(path, "path")));
    }

    public Builder token(AccessToken token) {
      this.token = token;
      return this;
    }

    public Builder param(String name, String value) {
      if (name.equals("access_token") || name.equals("appsecret_proof")) {
        throw new IllegalArgumentException(name + " is added by the transport");
      }
      params.put(name, Objects.requireNonNull(value, name));
      return this;
    }

    public Builder param(String name, boolean value) {
      return param(name, Boolean.toString(value));
    }

    /** A parameter whose value must never appear in logs or exception messages. */
    public Builder secretParam(String name, String value) {
      param(name, value);
      secretValues.add(value);
      return this;
    }

    /** Paging cursor from a previous {@code Paged.after()}; null means the first page. */
    public Builder after(String cursor) {
      return cursor == null ? this : param("after", cursor);
    }

    public Builder unversioned() {
      this.versioned = false;
      return this;
    }

    public GraphRequest build() {
      return new GraphRequest(this);
    }

    /** Ids come from callers: refuse anything that would change the URL beyond the path. */
    private static String checked(String path) {
      if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
        throw new IllegalArgumentException("not a Graph path: " + path);
      }
      return path;
    }

    private static String stripLeadingSlash(String path) {
      return path.startsWith("/") ? path.substring(1) : path;
    }
  }
}
