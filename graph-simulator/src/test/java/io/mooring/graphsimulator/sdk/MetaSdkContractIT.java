package io.mooring.graphsimulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.APIException;
import com.facebook.ads.sdk.APINodeList;
import com.facebook.ads.sdk.Application;
import com.facebook.ads.sdk.Business;
import com.facebook.ads.sdk.Page;
import com.facebook.ads.sdk.SystemUser;
import com.google.gson.JsonObject;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.TestTls;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Meta's official Java Business SDK against the simulator: if the SDK parses our answers and sends
 * requests we understand (multipart POST and DELETE included), the wire format matches. The
 * simulator serves HTTPS here so that the SDK's own synchronous executor (which casts to
 * HttpsURLConnection and turns error responses into FailedRequestException) runs unchanged.
 */
class MetaSdkContractIT {
  private static EmbeddedGraphSimulator sim;
  private OboFixture obo;

  @BeforeAll
  static void startHttpsSimulator() throws Exception {
    APIContext.disableCrashReport();
    TestTls.trustForHttpsUrlConnection();
    sim = EmbeddedGraphSimulator.start(TestTls.serverProperties());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    obo = new OboFixture(sim, 2).connect();
  }

  private APIContext context(String token) {
    return new APIContext(
        sim.baseUrl(), sim.baseUrl(), "v26.0", token, sim.appSecret(), sim.appId(), false);
  }

  @Test
  void servesHttps() {
    assertThat(sim.baseUrl()).startsWith("https://localhost:");
  }

  @Test
  void readsAPageWithBusinessAndAccessToken() throws Exception {
    String pageId = obo.ownedPage(0);
    obo.assign(pageId, "CREATE_CONTENT,MODERATE");
    Page page =
        new Page(pageId, context(obo.systemUserToken))
            .get()
            .requestField("name")
            .requestField("business")
            .requestField("access_token")
            .execute();
    assertThat(page.getFieldName()).isNotBlank();
    assertThat(page.getFieldAccessToken()).isNotBlank();
    assertThat(page.getFieldBusiness().toString()).contains(obo.client.id());
  }

  @Test
  void listsSystemUsers() throws Exception {
    APINodeList<SystemUser> users =
        new Business(obo.client.id(), context(obo.adminToken))
            .getSystemUsers()
            .requestField("name")
            .requestField("role")
            .execute();
    assertThat(users).extracting(SystemUser::getFieldId).contains(obo.systemUserId);
    assertThat(users)
        .extracting(SystemUser::getFieldName)
        .contains(obo.client.name() + " SYSTEM USER");
  }

  @Test
  void createsAndDeletesAnAssignedUser() throws Exception {
    String pageId = obo.ownedPage(1);
    new Page(pageId, context(obo.adminToken))
        .createAssignedUser()
        .setUser(obo.systemUserId)
        .setTasks(List.of(Page.EnumTasks.VALUE_CREATE_CONTENT, Page.EnumTasks.VALUE_MESSAGING))
        .execute();
    var assigned = obo.graph.get("/" + obo.systemUserId + "/assigned_pages", obo.systemUserToken);
    assertThat(assigned.body().path("data").toString())
        .contains(pageId, "CREATE_CONTENT", "MESSAGING");

    new Page(pageId, context(obo.adminToken))
        .deleteAssignedUsers()
        .setUser(obo.systemUserId)
        .execute();
    var after = obo.graph.get("/" + obo.systemUserId + "/assigned_pages", obo.systemUserToken);
    assertThat(after.body().path("data").toString()).doesNotContain(pageId);
  }

  @Test
  void subscribesAnApp() throws Exception {
    String pageId = obo.ownedPage(2);
    obo.assign(pageId, "CREATE_CONTENT,MESSAGING");
    APIContext pageContext = context(obo.pageToken(pageId));
    new Page(pageId, pageContext)
        .createSubscribedApp()
        .setSubscribedFields(
            List.of(Page.EnumSubscribedFields.VALUE_FEED, Page.EnumSubscribedFields.VALUE_MESSAGES))
        .execute();
    APINodeList<Application> apps = new Page(pageId, pageContext).getSubscribedApps().execute();
    assertThat(apps).extracting(Application::getId).containsExactly(sim.appId());
  }

  @Test
  void errorsArriveAsFailedRequestExceptionWithMetasBody() {
    Throwable thrown =
        catchThrowable(
            () ->
                new Page(sim.world().nonExistentPageId(), context(obo.adminToken))
                    .get()
                    .requestField("name")
                    .execute());
    assertThat(thrown).isInstanceOf(APIException.FailedRequestException.class);
    JsonObject error =
        ((APIException) thrown).getRawResponseAsJsonObject().getAsJsonObject("error");
    assertThat(error.get("code").getAsInt()).isEqualTo(100);
    assertThat(error.get("error_subcode").getAsInt()).isEqualTo(33);
    assertThat(error.get("type").getAsString()).isEqualTo("GraphMethodException");
    assertThat(error.get("fbtrace_id").getAsString()).isNotBlank();
  }

  @Test
  void tokenErrorsCarryTheSubcodeAndUsageHeadersReachTheCaller() {
    String pageId = obo.ownedPage(3);
    sim.admin().setPageBudget(pageId, 0);
    Throwable throttled =
        catchThrowable(() -> new Page(pageId, context(obo.systemUserToken)).get().execute());
    assertThat(((APIException) throttled).getRawResponseAsJsonObject().toString())
        .contains("80001");
    assertThat(((APIException) throttled).getHeader()).contains("X-Business-Use-Case-Usage");

    sim.admin().changePassword(obo.adminPersonId);
    Throwable thrown =
        catchThrowable(
            () ->
                new Business(obo.client.id(), context(obo.adminToken)).getSystemUsers().execute());
    assertThat(thrown).isInstanceOf(APIException.FailedRequestException.class);
    JsonObject error =
        ((APIException) thrown).getRawResponseAsJsonObject().getAsJsonObject("error");
    assertThat(error.get("code").getAsInt()).isEqualTo(190);
    assertThat(error.get("error_subcode").getAsInt()).isEqualTo(460);
  }
}
