package io.mooring.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.mooring.gateway.devissuer.DevIssuer;
import io.mooring.gateway.testing.Downstreams;
import io.mooring.gateway.testing.HttpResponse;
import io.mooring.platform.identity.Role;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No or bad token: 401; a role that does not allow the request: 403; both as problems. */
class AuthenticationIT extends GatewayTestSupport {

  @Test
  void withoutATokenNothingIsRoutedAndTheAnswerIsA401Problem() throws Exception {
    int before = Downstreams.pageWorker().receivedOn("/api/pages").size();

    HttpResponse refused = get("/api/pages", null);

    assertProblem(refused, 401);
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(Downstreams.pageWorker().receivedOn("/api/pages")).hasSize(before);
  }

  @Test
  void aMalformedTokenOrOneSignedByAnotherKeyIsRefused() throws Exception {
    RSAKey otherKey = new RSAKeyGenerator(2048).keyID("attacker").generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").build(),
            new JWTClaimsSet.Builder()
                .issuer(DevIssuer.ISSUER)
                .subject("eve")
                .claim("tenant", "tenant-auth-victim")
                .claim("roles", List.of("ADMIN"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build());
    forged.sign(new RSASSASigner(otherKey));

    HttpResponse garbage = get("/api/pages", "not-a-jwt");
    HttpResponse wrongKey = get("/api/pages", forged.serialize());

    assertProblem(garbage, 401);
    assertProblem(wrongKey, 401);
    assertThat(wrongKey.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(wrongKey.text()).doesNotContain(forged.serialize());
  }

  @Test
  void aViewerMayReadButNotConnectSetUpOrEnable() throws Exception {
    String viewer = token("tenant-auth-viewer", "vic", Role.VIEWER);

    assertThat(get("/api/pages", viewer).status()).isEqualTo(200);
    assertProblem(post("/api/business-managers/connections", viewer, "{}"), 403);
    assertProblem(post("/api/business-managers/1000000000000001/system-user", viewer, null), 403);
    assertProblem(post("/api/enablement-jobs", viewer, "{\"pageIds\":[\"1\"]}"), 403);
  }

  @Test
  void aManagerMayEnablePagesButNotConnectBusinessManagers() throws Exception {
    String manager = token("tenant-auth-manager", "max", Role.MANAGER);

    HttpResponse job = post("/api/enablement-jobs", manager, "{\"pageIds\":[\"111\",\"222\"]}");
    HttpResponse connect = post("/api/business-managers/connections", manager, "{}");

    assertThat(job.status()).isEqualTo(200);
    assertThat(job.body().path("tenantId").asString()).isEqualTo("tenant-auth-manager");
    assertProblem(connect, 403);
    assertThat(connect.body().path("detail").asString()).contains("ADMIN");
  }

  @Test
  void anAdminMayDoWhatManagersAndViewersMay() throws Exception {
    String admin = token("tenant-auth-admin", "ana", Role.ADMIN);

    assertThat(get("/api/enablement-jobs/" + UUID.randomUUID(), admin).status()).isEqualTo(200);
    assertThat(post("/api/enablement-jobs", admin, "{\"pageIds\":[\"1\"]}").status())
        .isEqualTo(200);
  }

  @Test
  void aTokenWithoutAMooringRoleMayDoNothing() throws Exception {
    String nobody = token("tenant-auth-nobody", "nia");

    assertProblem(get("/api/pages", nobody), 403);
  }

  @Test
  void theDevIssuerRefusesMalformedRequestsAndPublishesOnlyItsPublicKey() throws Exception {
    HttpResponse badTenant =
        post("/dev/tokens", null, "{\"tenant\":\"../x\",\"user\":\"u\",\"roles\":[\"ADMIN\"]}");
    HttpResponse badRole =
        post("/dev/tokens", null, "{\"tenant\":\"t\",\"user\":\"u\",\"roles\":[\"ROOT\"]}");
    HttpResponse jwks = get("/dev/jwks", null);

    assertProblem(badTenant, 400);
    assertProblem(badRole, 400);
    assertThat(jwks.body().path("keys").get(0).path("kty").asString()).isEqualTo("RSA");
    assertThat(jwks.body().path("keys").get(0).has("d")).as("private exponent").isFalse();
  }
}
