package io.mooring.pagesubscription.enablement;

import io.mooring.graph.GraphApiClient;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.page.PageTask;
import io.mooring.graph.token.AccessToken;
import io.mooring.pagesubscription.directory.KnownBusinessManager;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Moves a page onto its Business Manager's System User: least-privilege tasks (never MANAGE), the
 * page token minted with the System User's token, the app subscribed to the page's webhooks. Every
 * step is idempotent, so a retried or repeated move is harmless.
 */
@Component
public class PageMover {
  private static final List<String> TASKS =
      PageTask.LEAST_PRIVILEGE.stream().map(Enum::name).sorted().toList();

  private final GraphApiClient graph;
  private final TokenVault vault;
  private final EnablementProperties properties;

  PageMover(GraphApiClient graph, TokenVault vault, EnablementProperties properties) {
    this.graph = graph;
    this.vault = vault;
    this.properties = properties;
  }

  public MovedPage move(KnownBusinessManager owner, String pageId) {
    String tenantId = owner.tenantId();
    AccessToken adminToken =
        AccessToken.of(
            vault.open(
                owner.adminToken(),
                SecretContext.businessManagerAdminToken(tenantId, owner.businessManagerId())));
    AccessToken systemUserToken =
        AccessToken.of(
            vault.open(
                owner.systemUserToken(),
                SecretContext.systemUserToken(tenantId, owner.businessManagerId())));
    step(
        MoveStep.ASSIGN,
        () ->
            graph
                .pages()
                .grantTasks(adminToken, pageId, owner.systemUserId(), PageTask.LEAST_PRIVILEGE));
    AccessToken pageToken =
        step(MoveStep.PAGE_TOKEN, () -> graph.pages().read(systemUserToken, pageId))
            .accessToken()
            .orElseThrow(() -> new IllegalStateException("Meta returned no page token"));
    step(
        MoveStep.SUBSCRIBE,
        () -> graph.pages().subscribeApp(pageToken, pageId, properties.webhookFields()));
    return new MovedPage(
        owner.systemUserId(),
        TASKS,
        properties.webhookFields(),
        vault.seal(pageToken.value(), SecretContext.pageToken(tenantId, pageId)));
  }

  private static <T> T step(MoveStep step, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (GraphApiException e) {
      throw new MoveFailedException(step, e);
    }
  }
}
