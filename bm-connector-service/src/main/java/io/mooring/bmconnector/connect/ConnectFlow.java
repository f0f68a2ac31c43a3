package io.mooring.bmconnector.connect;

import io.mooring.bmconnector.registry.BusinessManagerView;
import io.mooring.bmconnector.registry.BusinessManagers;
import io.mooring.contracts.businessmanager.BusinessManagerConnected;
import io.mooring.contracts.businessmanager.BusinessManagerConnectionFailed;
import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.Envelope;
import io.mooring.contracts.envelope.Messages;
import io.mooring.graph.GraphApiClient;
import io.mooring.graph.Paged;
import io.mooring.graph.business.Business;
import io.mooring.graph.error.GraphApiException;
import io.mooring.graph.error.ThrottledException;
import io.mooring.graph.error.TransientException;
import io.mooring.graph.token.AccessToken;
import io.mooring.graph.token.DebugTokenInfo;
import io.mooring.graph.token.TokenType;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.meta.MetaProperties;
import io.mooring.platform.outbox.OutboxRelay;
import io.mooring.secrets.SecretContext;
import io.mooring.secrets.TokenVault;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Connects a Business Manager through Facebook Login for Business: start (login URL bound to the
 * tenant and person), callback (code → token, checked with debug_token, businesses read), and the
 * person's choice when they admin several.
 */
@Service
public class ConnectFlow {
  static final String PRODUCER = "bm-connector-service";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final GraphApiClient graph;
  private final TokenVault vault;
  private final LoginAttempts attempts;
  private final BusinessManagers businessManagers;
  private final OutboxRelay outbox;
  private final ConnectProperties connect;
  private final MetaProperties meta;
  private final Clock clock;

  ConnectFlow(
      GraphApiClient graph,
      TokenVault vault,
      LoginAttempts attempts,
      BusinessManagers businessManagers,
      OutboxRelay outbox,
      ConnectProperties connect,
      MetaProperties meta,
      Clock clock) {
    this.graph = graph;
    this.vault = vault;
    this.attempts = attempts;
    this.businessManagers = businessManagers;
    this.outbox = outbox;
    this.connect = connect;
    this.meta = meta;
    this.clock = clock;
  }

  /** A login for this person of this tenant, optionally for one named Business Manager. */
  public LoginStart start(Caller caller, String businessManagerId) {
    byte[] nonce = new byte[32];
    RANDOM.nextBytes(nonce);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    Instant now = clock.instant();
    LoginAttempt attempt =
        new LoginAttempt(
            UUID.randomUUID().toString(),
            state,
            caller.tenantId(),
            new RequestedBy(caller.userId(), caller.email(), null),
            businessManagerId,
            now,
            now.plus(connect.attemptTtl()),
            LoginStatus.PENDING,
            null,
            List.of(),
            null,
            null,
            List.of());
    attempts.insert(attempt);
    return new LoginStart(
        attempt.id(), LoginUrls.loginUrl(connect, meta, state), attempt.expiresAt());
  }

  /** Meta's redirect back: {@code error} is set when the person cancelled the dialog. */
  public ConnectionOutcome complete(String state, String code, String error) {
    Optional<LoginAttempt> claimed = state == null ? Optional.empty() : attempts.claim(state);
    if (claimed.isEmpty()) {
      return new ConnectionOutcome.Failed(
          ReasonCode.LOGIN_STATE_INVALID,
          null,
          "This login was not started here, was already used or has been replaced.",
          List.of());
    }
    LoginAttempt attempt = claimed.get();
    if (!clock.instant().isBefore(attempt.expiresAt())) {
      return fail(
          attempt, ReasonCode.LOGIN_STATE_INVALID, null, "The login took too long.", List.of());
    }
    if (error != null || code == null || code.isBlank()) {
      return fail(
          attempt,
          ReasonCode.MISSING_PERMISSION,
          null,
          "The Facebook login was cancelled or refused.",
          connect.requiredScopes());
    }
    AccessToken userToken;
    DebugTokenInfo info;
    List<Business> businesses;
    try {
      userToken = graph.tokens().exchangeCode(code, connect.redirectUri().toString()).accessToken();
      info = graph.tokens().debugToken(userToken);
      if (!info.valid() || info.type() != TokenType.USER || !meta.appId().equals(info.appId())) {
        return fail(
            attempt,
            ReasonCode.LOGIN_CODE_INVALID,
            null,
            "Facebook returned a token Mooring cannot use.",
            List.of());
      }
      List<String> missing =
          connect.requiredScopes().stream().filter(scope -> !info.hasScope(scope)).toList();
      if (!missing.isEmpty()) {
        return fail(
            attempt,
            ReasonCode.MISSING_PERMISSION,
            null,
            "Permissions not granted: " + String.join(", ", missing),
            missing);
      }
      businesses = allBusinesses(userToken);
    } catch (ThrottledException | TransientException e) {
      return fail(
          attempt,
          ReasonCode.META_UNAVAILABLE,
          null,
          "Meta did not answer: " + e.outcome(),
          List.of());
    } catch (GraphApiException e) {
      return fail(
          attempt,
          ReasonCode.LOGIN_CODE_INVALID,
          null,
          "Facebook refused the login code (" + e.outcome() + ").",
          List.of());
    }
    return chooseOrConnect(attempt, userToken, info, businesses);
  }

  /** The person picks one of the Business Managers they admin. */
  public ConnectionOutcome choose(Caller caller, String attemptId, String businessManagerId) {
    Optional<LoginAttempt> waiting =
        attempts.awaitingChoice(attemptId, caller.tenantId(), caller.userId());
    if (waiting.isEmpty()) {
      return new ConnectionOutcome.Failed(
          ReasonCode.LOGIN_STATE_INVALID, null, "No login is waiting for a choice.", List.of());
    }
    LoginAttempt attempt = waiting.get();
    Optional<BusinessChoice> choice =
        attempt.choices().stream()
            .filter(c -> c.businessManagerId().equals(businessManagerId))
            .findFirst();
    if (choice.isEmpty()) {
      return fail(
          attempt,
          ReasonCode.NOT_A_BUSINESS_ADMIN,
          businessManagerId,
          "The person who logged in cannot manage this Business Manager.",
          List.of());
    }
    AccessToken userToken =
        AccessToken.of(
            vault.open(
                attempt.userToken(),
                SecretContext.loginUserToken(attempt.tenantId(), attempt.id())));
    try {
      DebugTokenInfo info = graph.tokens().debugToken(userToken);
      return connect(attempt, choice.get(), userToken, info);
    } catch (GraphApiException e) {
      return fail(
          attempt, ReasonCode.LOGIN_CODE_INVALID, null, "The login is no longer valid.", List.of());
    }
  }

  private ConnectionOutcome chooseOrConnect(
      LoginAttempt attempt, AccessToken userToken, DebugTokenInfo info, List<Business> businesses) {
    List<BusinessChoice> choices =
        businesses.stream().map(b -> new BusinessChoice(b.id(), b.name())).toList();
    if (attempt.requestedBusinessManagerId() != null) {
      return choices.stream()
          .filter(c -> c.businessManagerId().equals(attempt.requestedBusinessManagerId()))
          .findFirst()
          .map(choice -> connect(attempt, choice, userToken, info))
          .orElseGet(
              () ->
                  fail(
                      attempt,
                      ReasonCode.NOT_A_BUSINESS_ADMIN,
                      attempt.requestedBusinessManagerId(),
                      "The person who logged in cannot manage this Business Manager.",
                      List.of()));
    }
    if (choices.isEmpty()) {
      return fail(
          attempt,
          ReasonCode.NOT_A_BUSINESS_ADMIN,
          null,
          "The person who logged in manages no Business Manager.",
          List.of());
    }
    if (choices.size() == 1) {
      return connect(attempt, choices.get(0), userToken, info);
    }
    SealedSecret sealed =
        vault.seal(
            userToken.value(), SecretContext.loginUserToken(attempt.tenantId(), attempt.id()));
    attempts.awaitChoice(attempt, sealed, choices);
    return new ConnectionOutcome.AwaitingChoice(attempt.id(), choices);
  }

  private ConnectionOutcome connect(
      LoginAttempt attempt, BusinessChoice choice, AccessToken userToken, DebugTokenInfo info) {
    Instant now = clock.instant();
    String tenantId = attempt.tenantId();
    String businessManagerId = choice.businessManagerId();
    boolean reconnected = businessManagers.find(tenantId, businessManagerId).isPresent();
    SealedSecret adminToken =
        vault.seal(
            userToken.value(),
            SecretContext.businessManagerAdminToken(tenantId, businessManagerId));
    Instant expiresAt = info.expiresAt().orElse(null);
    Envelope<BusinessManagerConnected> event =
        Envelope.start(
            Messages.BUSINESS_MANAGER_CONNECTED,
            tenantId,
            PRODUCER,
            new BusinessManagerConnected(
                businessManagerId,
                choice.name(),
                attempt.requestedBy(),
                info.scopes(),
                expiresAt,
                adminToken,
                reconnected),
            clock);
    businessManagers.recordConnection(
        tenantId,
        businessManagerId,
        choice.name(),
        attempt.requestedBy(),
        adminToken,
        expiresAt,
        info.scopes(),
        now,
        event);
    attempts.complete(attempt, businessManagerId);
    outbox.wakeUp();
    return new ConnectionOutcome.Connected(
        businessManagers
            .find(tenantId, businessManagerId)
            .map(record -> BusinessManagerView.of(record, now))
            .orElseThrow());
  }

  private ConnectionOutcome fail(
      LoginAttempt attempt,
      ReasonCode reason,
      String businessManagerId,
      String detail,
      List<String> missingPermissions) {
    Envelope<BusinessManagerConnectionFailed> event =
        Envelope.start(
            Messages.BUSINESS_MANAGER_CONNECTION_FAILED,
            attempt.tenantId(),
            PRODUCER,
            new BusinessManagerConnectionFailed(
                UUID.fromString(attempt.id()),
                businessManagerId,
                null,
                attempt.requestedBy(),
                reason,
                reason.nextStep(businessManagerId),
                missingPermissions),
            clock);
    attempts.fail(attempt, reason, event);
    outbox.wakeUp();
    return new ConnectionOutcome.Failed(reason, businessManagerId, detail, missingPermissions);
  }

  private List<Business> allBusinesses(AccessToken userToken) {
    List<Business> all = new ArrayList<>();
    Paged<Business> page = graph.me().businesses(userToken);
    all.addAll(page.data());
    while (page.hasNext()) {
      page = graph.me().businesses(userToken, page.after().orElseThrow());
      all.addAll(page.data());
    }
    return all;
  }

  /** Where the admin's browser goes next, and until when. */
  public record LoginStart(String attemptId, URI loginUrl, Instant expiresAt) {}
}
