package io.mooring.runner.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A tiny web page over the mailbox folder: the list of emails (newest first), each one's text, and
 * the raw {@code .eml}. Read-only, loopback only.
 */
public final class MailboxPage implements AutoCloseable {
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+\\.eml");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<]+");
  private final HttpServer server;

  private MailboxPage(HttpServer server) {
    this.server = server;
  }

  public static MailboxPage start(int port, MailboxFolder mailbox) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      server.createContext("/", exchange -> handle(exchange, mailbox));
      server.setExecutor(Executors.newSingleThreadExecutor(MailboxPage::daemon));
      server.start();
      return new MailboxPage(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the mailbox page on port " + port, e);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "mailbox-page");
    thread.setDaemon(true);
    return thread;
  }

  private static void handle(HttpExchange exchange, MailboxFolder mailbox) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "GET only");
      } else if (path.equals("/")) {
        send(exchange, 200, "text/html", index(mailbox.list()));
      } else if (path.startsWith("/mail/") && validName(path.substring(6))) {
        Path file = mailbox.dir().resolve(path.substring(6));
        if (Files.isRegularFile(file)) {
          send(exchange, 200, "text/html", message(EmlFile.read(file)));
        } else {
          send(exchange, 404, "text/plain", "no such email");
        }
      } else if (path.startsWith("/raw/") && validName(path.substring(5))) {
        Path file = mailbox.dir().resolve(path.substring(5));
        if (Files.isRegularFile(file)) {
          sendBytes(exchange, 200, "message/rfc822", Files.readAllBytes(file));
        } else {
          send(exchange, 404, "text/plain", "no such email");
        }
      } else {
        send(exchange, 404, "text/plain", "not found");
      }
    } catch (RuntimeException e) {
      // The page is a convenience: one unreadable file must not take it down.
      send(exchange, 500, "text/plain", "cannot show this email: " + e.getMessage());
    }
  }

  private static boolean validName(String name) {
    return FILE_NAME.matcher(name).matches();
  }

  private static String index(List<Path> files) {
    StringBuilder html = new StringBuilder(head("Mooring mailbox"));
    html.append("<h1>Mooring mailbox</h1><p>")
        .append(files.size())
        .append(" email(s), newest first. Files: <code>")
        .append(files.isEmpty() ? "" : esc(files.get(0).getParent().toString()))
        .append("</code></p><table><tr><th>received</th><th>to</th><th>subject</th><th></th></tr>");
    for (Path file : files) {
      String name = file.getFileName().toString();
      EmlFile mail;
      try {
        mail = EmlFile.read(file);
      } catch (RuntimeException unreadable) {
        html.append("<tr><td colspan=4>").append(esc(name)).append(" (unreadable)</td></tr>");
        continue;
      }
      html.append("<tr><td>")
          .append(esc(name.substring(0, Math.min(15, name.length()))))
          .append("</td><td>")
          .append(esc(mail.to()))
          .append("</td><td><a href=\"/mail/")
          .append(esc(name))
          .append("\">")
          .append(esc(mail.subject()))
          .append("</a></td><td><a href=\"/raw/")
          .append(esc(name))
          .append("\">.eml</a></td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  private static String message(EmlFile mail) {
    String name = mail.file().getFileName().toString();
    return head(mail.subject())
        + "<p><a href=\"/\">&larr; mailbox</a> &middot; <a href=\"/raw/"
        + esc(name)
        + "\">raw .eml</a></p><h1>"
        + esc(mail.subject())
        + "</h1><p>From: "
        + esc(mail.from())
        + "<br>To: "
        + esc(mail.to())
        + "<br>Date: "
        + esc(String.valueOf(mail.sent()))
        + "</p><pre>"
        + linkify(esc(mail.text()))
        + "</pre></body></html>";
  }

  /** Makes the (already escaped) links clickable, like the report link of a job summary. */
  static String linkify(String escapedText) {
    return LINK.matcher(escapedText).replaceAll("<a href=\"$0\">$0</a>");
  }

  private static String head(String title) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + esc(title)
        + "</title><style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;"
        + "text-align:left}pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}</style>"
        + "</head><body>";
  }

  static String esc(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    sendBytes(exchange, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
