package io.mooring.runner.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;

/**
 * The MongoDB wire-protocol store (mongo-java-server) with its H2 backend in one file, so data
 * survives a restart. It has no transactions, TTL indexes or change streams; the services are built
 * for that (see the stack notes).
 */
public final class MongoStore implements AutoCloseable {
  private final MongoServer server;
  private final H2Backend backend;
  private final int port;

  private MongoStore(MongoServer server, H2Backend backend, int port) {
    this.server = server;
    this.backend = backend;
    this.port = port;
  }

  public static MongoStore start(Path file, int port) {
    H2Backend backend = new H2Backend(file.toAbsolutePath().toString());
    MongoServer server = new MongoServer(backend);
    try {
      server.bind("127.0.0.1", port);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
    return new MongoStore(server, backend, port);
  }

  /** {@code mongodb://localhost:<port>/<database>}. */
  public String uri(String database) {
    return "mongodb://localhost:" + port + "/" + database;
  }

  @Override
  public void close() {
    server.shutdown();
    // Writes what is still in memory to the file and closes it (safe if shutdown already did).
    backend.close();
  }
}
