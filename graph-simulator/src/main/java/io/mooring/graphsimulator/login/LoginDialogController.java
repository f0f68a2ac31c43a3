package io.mooring.graphsimulator.login;

import io.mooring.graphsimulator.clock.SimulatorClock;
import io.mooring.graphsimulator.config.SimulatorProperties;
import io.mooring.graphsimulator.graph.ListParam;
import io.mooring.graphsimulator.sim.Simulation;
import io.mooring.graphsimulator.sim.SimulationHolder;
import io.mooring.graphsimulator.world.App;
import io.mooring.graphsimulator.world.Scopes;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal Facebook Login for Business dialog: choose a demo person, consent, and be redirected to
 * {@code redirect_uri?code=...&state=...} (or {@code error=access_denied} on cancel). Codes are
 * single-use and expire after {@code mooring.simulator.tokens.login-code-ttl}.
 */
@RestController
public class LoginDialogController {
  private final SimulationHolder holder;
  private final SimulatorClock clock;
  private final SimulatorProperties properties;

  public LoginDialogController(
      SimulationHolder holder, SimulatorClock clock, SimulatorProperties properties) {
    this.holder = holder;
    this.clock = clock;
    this.properties = properties;
  }

  @GetMapping(
      value = {"/{version:v\\d+\\.\\d+}/dialog/oauth", "/dialog/oauth"},
      produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> dialog(
      @RequestParam(name = "client_id", required = false) String clientId,
      @RequestParam(name = "redirect_uri", required = false) String redirectUri,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "config_id", required = false) String configId,
      @RequestParam(name = "scope", required = false) String scope,
      @RequestParam(name = "response_type", required = false, defaultValue = "code")
          String responseType) {
    Simulation sim = holder.current();
    App app = clientId == null ? null : sim.world().app(clientId);
    String problem = validate(app, redirectUri, responseType);
    Set<String> scopes = problem == null ? scopes(app, configId, scope) : Set.of();
    if (problem == null && scopes.isEmpty()) {
      problem = "Invalid config_id: no login configuration " + configId + " for this app";
    }
    if (problem != null) {
      return ResponseEntity.badRequest()
          .contentType(MediaType.TEXT_HTML)
          .body(LoginPage.error(problem));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .body(LoginPage.consent(sim.view(), app, redirectUri, state, List.copyOf(scopes)));
  }

  @PostMapping(
      value = {"/{version:v\\d+\\.\\d+}/dialog/oauth/confirm", "/dialog/oauth/confirm"},
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> confirm(
      @RequestParam("client_id") String clientId,
      @RequestParam("redirect_uri") String redirectUri,
      @RequestParam(name = "state", required = false) String state,
      @RequestParam(name = "scopes", required = false, defaultValue = "") String scopes,
      @RequestParam(name = "person_id", required = false) String personId,
      @RequestParam(name = "decision", defaultValue = "allow") String decision) {
    Simulation sim = holder.current();
    App app = sim.world().app(clientId);
    String problem = validate(app, redirectUri, "code");
    if (problem == null && !"cancel".equals(decision) && sim.world().person(personId) == null) {
      problem = "Choose who is logging in";
    }
    if (problem != null) {
      return ResponseEntity.badRequest()
          .contentType(MediaType.TEXT_HTML)
          .body(LoginPage.error(problem));
    }
    StringBuilder target =
        new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
    if ("cancel".equals(decision)) {
      target
          .append("error=access_denied&error_code=200&error_description=")
          .append(encode("Permissions error"))
          .append("&error_reason=user_denied");
    } else {
      Set<String> granted = new LinkedHashSet<>(ListParam.parse(scopes));
      granted.removeIf(s -> !Scopes.KNOWN.contains(s));
      LoginCode code =
          sim.loginCodes()
              .issue(
                  app.id(),
                  personId,
                  granted,
                  redirectUri,
                  clock.now().plus(properties.tokens().loginCodeTtl()));
      target.append("code=").append(encode(code.code()));
    }
    if (state != null) {
      target.append("&state=").append(encode(state));
    }
    return ResponseEntity.status(HttpStatus.FOUND)
        .header(HttpHeaders.LOCATION, URI.create(target.toString()).toString())
        .build();
  }

  private String validate(App app, String redirectUri, String responseType) {
    if (app == null) {
      return "Invalid App ID: the client_id does not belong to an app";
    }
    if (redirectUri == null || redirectUri.isBlank()) {
      return "The redirect_uri parameter is required";
    }
    if (!redirectUri.startsWith("http://") && !redirectUri.startsWith("https://")) {
      return "URL blocked: the redirect_uri must be an absolute http(s) URL";
    }
    List<String> allowed = properties.app().redirectUris();
    if (!allowed.isEmpty() && !allowed.contains(redirectUri)) {
      return "URL blocked: this redirect failed because the redirect URI is not whitelisted in the"
          + " app's Client OAuth Settings";
    }
    if (!"code".equals(responseType)) {
      return "Unsupported response_type: only 'code' is simulated";
    }
    return null;
  }

  /** The login configuration's permissions (config_id), or an explicit {@code scope}. */
  private static Set<String> scopes(App app, String configId, String scope) {
    if (configId != null && configId.equals(app.loginConfigId())) {
      return new LinkedHashSet<>(app.loginScopes());
    }
    if (configId == null) {
      Set<String> requested = new LinkedHashSet<>(ListParam.parse(scope));
      requested.removeIf(s -> !Scopes.KNOWN.contains(s));
      return requested.isEmpty() ? new LinkedHashSet<>(app.loginScopes()) : requested;
    }
    return Set.of();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
