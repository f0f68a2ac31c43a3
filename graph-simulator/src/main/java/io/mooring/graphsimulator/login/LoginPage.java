package io.mooring.graphsimulator.login;

import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.DemoWorld;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The HTML of the simulated login dialog. Every value is escaped. */
final class LoginPage {
  private LoginPage() {}

  static String consent(
      DemoWorld world, App app, String redirectUri, String state, List<String> scopes) {
    StringBuilder html = new StringBuilder(8192);
    html.append(head("Log in with Facebook (simulated)"))
        .append("<main><h1>")
        .append(esc(app.name()))
        .append(" is requesting access</h1>")
        .append("<p class=\"note\">Graph API simulator &mdash; Facebook Login for Business</p>")
        .append("<form method=\"post\" action=\"/dialog/oauth/confirm\">")
        .append(hidden("client_id", app.id()))
        .append(hidden("redirect_uri", redirectUri))
        .append(hidden("scopes", String.join(",", scopes)));
    if (state != null) {
      html.append(hidden("state", state));
    }
    html.append("<fieldset><legend>Continue as</legend>");
    appendPeople(html, world);
    html.append("</fieldset><fieldset><legend>")
        .append(esc(app.name()))
        .append(" will receive</legend><ul>");
    for (String scope : scopes) {
      html.append("<li><code>").append(esc(scope)).append("</code></li>");
    }
    html.append("</ul></fieldset>")
        .append("<button type=\"submit\" name=\"decision\" value=\"allow\">Continue</button> ")
        .append("<button type=\"submit\" name=\"decision\" value=\"cancel\">Cancel</button>")
        .append("</form></main></body></html>");
    return html.toString();
  }

  private static void appendPeople(StringBuilder html, DemoWorld world) {
    boolean first = true;
    for (DemoWorld.ClientBusiness business : world.clientBusinesses()) {
      for (String id : business.adminPersonIds()) {
        appendPerson(html, world, id, "admin of " + business.name(), first);
        first = false;
      }
      for (String id : business.employeePersonIds()) {
        appendPerson(html, world, id, "employee of " + business.name(), false);
      }
    }
    for (DemoWorld.OtherBusiness business : world.unconnectedBusinesses()) {
      for (String id : business.adminPersonIds()) {
        appendPerson(html, world, id, "admin of " + business.name(), false);
      }
    }
    appendPerson(
        html,
        world,
        world.partnerAdminPersonId(),
        "admin of " + world.partnerBusinessName(),
        false);
  }

  private static void appendPerson(
      StringBuilder html, DemoWorld world, String personId, String role, boolean checked) {
    String name = world.person(personId).map(DemoWorld.PersonInfo::name).orElse(personId);
    html.append("<label><input type=\"radio\" name=\"person_id\" value=\"")
        .append(esc(personId))
        .append('"')
        .append(checked ? " checked" : "")
        .append("> ")
        .append(esc(name))
        .append(" <small>(")
        .append(esc(role))
        .append(")</small></label><br>");
  }

  static String error(String message) {
    return head("Error")
        + "<main><h1>Sorry, something went wrong</h1><p>"
        + esc(message)
        + "</p></main></body></html>";
  }

  private static String head(String title) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + esc(title)
        + "</title><style>body{font-family:sans-serif;background:#f0f2f5}main{max-width:40em;"
        + "margin:2em auto;background:#fff;padding:1.5em;border-radius:8px}"
        + "fieldset{margin:1em 0}.note{color:#65676b}button{padding:.5em 1.5em}</style></head><body>";
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
  }

  private static String esc(String value) {
    return HtmlUtils.htmlEscape(value == null ? "" : value);
  }
}
