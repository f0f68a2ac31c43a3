package io.mooring.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.testsupport.WithMooringInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller gets the caller the gateway vouched for, or the client gets a 401 problem. */
@SpringBootTest(
    classes = CallerResolutionIT.WhoAmIApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.mvc.problemdetails.enabled=true")
@WithMooringInfrastructure
class CallerResolutionIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired InternalIdentityTokens tokens;

  @Test
  void aSignedIdentityBecomesTheCaller() throws Exception {
    var caller = new Caller("acme", "user-7", "ana@acme.example", Set.of(Role.VIEWER));

    HttpResponse<String> response = whoami(tokens.mint(caller));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("acme/user-7");
  }

  @Test
  void noOrAForgedIdentityIsA401Problem() throws Exception {
    for (String identity : new String[] {null, "eyJhbGciOiJub25lIn0.eyJ0ZW5hbnQiOiJhY21lIn0."}) {
      HttpResponse<String> response = whoami(identity);

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.body()).contains("\"title\":\"Not authenticated\"");
    }
  }

  private HttpResponse<String> whoami(String identity) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whoami"));
    if (identity != null) {
      request.header(InternalIdentityTokens.HEADER, identity);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @SpringBootApplication
  @RestController
  static class WhoAmIApplication {
    @GetMapping("/whoami")
    String whoami(Caller caller) {
      return caller.tenantId() + "/" + caller.userId();
    }
  }
}
