package io.mooring.pagesubscription.eligibility;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.business.Business;
import io.mooring.graph.error.NotFoundException;
import io.mooring.graph.error.PermissionDeniedException;
import io.mooring.graph.error.TokenInvalidException;
import io.mooring.graph.page.PageInfo;
import io.mooring.graph.token.AccessToken;
import io.mooring.pagesubscription.directory.BusinessManagerDirectory;
import io.mooring.pagesubscription.directory.KnownBusinessManager;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the page and its owning business with the tokens of the tenant's connected admins, then
 * checks that owner: connected to Mooring for this tenant, connection alive, System User enabled.
 * Throttles and transient errors propagate, to be retried for this page alone.
 */
@Component
public class EligibilityCheck {
  private final GraphApiClient graph;
  private final BusinessManagerDirectory directory;
  private final TokenVault vault;
  private final Clock clock;

  EligibilityCheck(
      GraphApiClient graph, BusinessManagerDirectory directory, TokenVault vault, Clock clock) {
    this.graph = graph;
    this.directory = directory;
    this.vault = vault;
    this.clock = clock;
  }

  public Eligibility check(String tenantId, String pageId) {
    List<KnownBusinessManager> connected =
        directory.connected(tenantId).stream()
            .sorted(Comparator.comparing(bm -> bm.connectionExpired(clock.instant())))
            .toList();
    if (connected.isEmpty()) {
      return new Eligibility.Ineligible(
          ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED,
          null,
          null,
          null,
          "no Business Manager of this tenant is connected to Mooring");
    }
    KnownBusinessManager expired = null;
    for (KnownBusinessManager bm : connected) {
      Optional<PageInfo> page;
      try {
        page = Optional.of(graph.pages().read(adminToken(bm), pageId));
      } catch (NotFoundException e) {
        return new Eligibility.Ineligible(
            ReasonCode.PAGE_NOT_FOUND, null, null, null, "Meta does not know page " + pageId);
      } catch (PermissionDeniedException e) {
        page = Optional.empty();
      } catch (TokenInvalidException e) {
        expired = bm;
        page = Optional.empty();
      }
      if (page.isPresent()) {
        return ownerEligibility(tenantId, page.get());
      }
    }
    if (expired != null) {
      return new Eligibility.Ineligible(
          ReasonCode.BM_CONNECTION_EXPIRED,
          null,
          expired.businessManagerId(),
          expired.name(),
          "the admin's token of this Business Manager no longer works");
    }
    return new Eligibility.Ineligible(
        ReasonCode.PERMISSION_DENIED,
        null,
        null,
        null,
        "none of the connected admins has a role on this page");
  }

  private Eligibility ownerEligibility(String tenantId, PageInfo page) {
    if (page.business().isEmpty()) {
      return new Eligibility.Ineligible(
          ReasonCode.PAGE_NOT_IN_ANY_BUSINESS, page.name(), null, null, "the page has no business");
    }
    Business owner = page.business().get();
    Optional<KnownBusinessManager> known = directory.find(tenantId, owner.id());
    if (known.isEmpty() || known.get().adminToken() == null) {
      return ineligible(ReasonCode.BUSINESS_MANAGER_NOT_CONNECTED, page, owner);
    }
    KnownBusinessManager bm = known.get();
    if (bm.connectionExpired(clock.instant())) {
      return ineligible(ReasonCode.BM_CONNECTION_EXPIRED, page, owner);
    }
    if (!bm.systemUserEnabled() || bm.systemUserToken() == null) {
      return ineligible(ReasonCode.SYSTEM_USER_NOT_SET_UP, page, owner);
    }
    return new Eligibility.Eligible(page.name(), bm);
  }

  private static Eligibility ineligible(ReasonCode reason, PageInfo page, Business owner) {
    return new Eligibility.Ineligible(reason, page.name(), owner.id(), owner.name(), null);
  }

  AccessToken adminToken(KnownBusinessManager bm) {
    return AccessToken.of(
        vault.open(
            bm.adminToken(),
            SecretContext.businessManagerAdminToken(bm.tenantId(), bm.businessManagerId())));
  }
}
