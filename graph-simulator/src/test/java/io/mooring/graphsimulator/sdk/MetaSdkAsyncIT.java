package io.mooring.graphsimulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.facebook.ads.sdk.APIContext;
import com.facebook.ads.sdk.Page;
import io.mooring.graphsimulator.EmbeddedGraphSimulator;
import io.mooring.graphsimulator.support.OboFixture;
import io.mooring.graphsimulator.support.SharedSimulator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's asynchronous executor (OkHttp) over plain HTTP. Note: with SDK 24.0.1 the async path
 * does not raise on error responses (it parses the error body as a node), so error contracts are
 * checked in {@link MetaSdkContractIT} with the synchronous executor.
 */
class MetaSdkAsyncIT {
  private final EmbeddedGraphSimulator sim = SharedSimulator.get();
  private OboFixture obo;

  @BeforeAll
  static void noCrashReports() {
    APIContext.disableCrashReport();
  }

  @BeforeEach
  void setUp() {
    sim.admin().reset();
    obo = new OboFixture(sim, 3).connect();
  }

  private APIContext context(String token) {
    return new APIContext(
        sim.baseUrl(), sim.baseUrl(), "v26.0", token, sim.appSecret(), sim.appId(), false);
  }

  @Test
  void multipartPostAndGetWorkOverOkHttp() throws Exception {
    String pageId = obo.ownedPage(0);
    new Page(pageId, context(obo.adminToken))
        .createAssignedUser()
        .setUser(obo.systemUserId)
        .setTasks(List.of(Page.EnumTasks.VALUE_MODERATE))
        .executeAsync()
        .get(30, TimeUnit.SECONDS);
    Page page =
        new Page(pageId, context(obo.systemUserToken))
            .get()
            .requestField("access_token")
            .requestField("name")
            .executeAsync()
            .get(30, TimeUnit.SECONDS);
    assertThat(page.getFieldAccessToken()).isNotBlank();
  }
}
