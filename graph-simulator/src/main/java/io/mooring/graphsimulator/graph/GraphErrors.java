package io.mooring.graphsimulator.graph;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * The error objects the simulator answers with. Messages follow the ones Meta sends where they are
 * known; the README lists the ones the simulator had to choose.
 */
public final class GraphErrors {
  public static final String OAUTH = "OAuthException";
  public static final String GRAPH_METHOD = "GraphMethodException";

  private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2, 4, 17, 32, 341, 613);
  private static final DateTimeFormatter META_TIME =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US)
          .withZone(ZoneId.of("America/Los_Angeles"));

  private GraphErrors() {}

  public static boolean isTransient(int code) {
    return TRANSIENT_CODES.contains(code) || (code >= 80000 && code <= 80014);
  }

  /** HTTP status the simulator uses per code (UNCONFIRMED at Meta: do not key on it). */
  public static int httpStatusFor(int code) {
    return code == 1 || code == 2 ? 500 : 400;
  }

  public static GraphError error(String type, int code, Integer subcode, String message) {
    return new GraphError(
        httpStatusFor(code), message, type, code, subcode, isTransient(code), null, null);
  }

  public static GraphException of(String type, int code, Integer subcode, String message) {
    return new GraphException(error(type, code, subcode, message));
  }

  /** The default message for a code, used by error injection when none is given. */
  public static String defaultMessage(int code, Integer subcode) {
    return switch (code) {
      case 1 -> "An unknown error has occurred.";
      case 2 -> "An unexpected error has occurred. Please retry your request later.";
      case 4 -> "(#4) Application request limit reached";
      case 10 -> "(#10) Application does not have permission for this action";
      case 17 -> "(#17) User request limit reached";
      case 32 -> "(#32) Page request limit reached";
      case 100 -> "(#100) Invalid parameter";
      case 102 -> "Session key invalid or no longer valid";
      case 190 -> subcode == null ? "Invalid OAuth access token." : tokenMessage(subcode);
      case 200 -> "(#200) Permissions error";
      case 341 -> "(#341) Application limit reached";
      case 368 -> "(#368) The action attempted has been deemed abusive or is otherwise disallowed";
      case 613 -> "(#613) Calls to this api have exceeded the rate limit.";
      case 80001 ->
          "(#80001) There have been too many calls to this Page account. Wait a bit and try again."
              + " For more info, please refer to"
              + " https://developers.facebook.com/docs/graph-api/overview/rate-limiting.";
      default -> "(#" + code + ") An error occurred";
    };
  }

  private static String tokenMessage(int subcode) {
    return switch (subcode) {
      case 458 -> "Error validating access token: The user has not authorized application.";
      case 460 -> PASSWORD_CHANGED;
      case 463 -> "Error validating access token: Session has expired.";
      case 492 -> ROLE_REMOVED;
      default -> "Error validating access token: The session has been invalidated.";
    };
  }

  // ---- request shape -------------------------------------------------------------------------

  public static GraphException invalidParameter(String message) {
    return of(OAUTH, 100, null, "(#100) " + message);
  }

  public static GraphException missingParameter(String name) {
    return invalidParameter("The parameter " + name + " is required");
  }

  public static GraphException unknownObject(String method, String id) {
    return of(
        GRAPH_METHOD,
        100,
        33,
        "Unsupported "
            + method.toLowerCase(Locale.ROOT)
            + " request. Object with ID '"
            + id
            + "' does not exist, cannot be loaded due to missing permissions, or does not support"
            + " this operation. Please read the Graph API documentation at"
            + " https://developers.facebook.com/docs/graph-api");
  }

  public static GraphException unknownAlias(String alias) {
    return of(OAUTH, 803, null, "(#803) Some of the aliases you requested do not exist: " + alias);
  }

  public static GraphException nonexistingField(String field, String nodeType) {
    return invalidParameter(
        "Tried accessing nonexisting field (" + field + ") on node type (" + nodeType + ")");
  }

  // ---- tokens --------------------------------------------------------------------------------

  public static final String PASSWORD_CHANGED =
      "Error validating access token: The session has been invalidated because the user changed"
          + " their password or Facebook has changed the session for security reasons.";
  public static final String ROLE_REMOVED =
      "Error validating access token: The user associated with this Page access token does not"
          + " have an appropriate role on the Page.";

  public static GraphException tokenRequired() {
    return of(OAUTH, 104, null, "An access token is required to request this resource.");
  }

  public static GraphError unparsableToken() {
    return error(OAUTH, 190, null, "Invalid OAuth access token - Cannot parse access token");
  }

  public static GraphError badAppToken() {
    return error(OAUTH, 190, null, "Invalid OAuth access token signature.");
  }

  public static GraphError expired(Instant expiredAt, Instant now) {
    return error(
        OAUTH,
        190,
        463,
        "Error validating access token: Session has expired on "
            + META_TIME.format(expiredAt)
            + ". The current time is "
            + META_TIME.format(now)
            + ".");
  }

  public static GraphError revoked() {
    return error(
        OAUTH,
        190,
        467,
        "Error validating access token: The session has been invalidated because the token was"
            + " revoked.");
  }

  public static GraphError passwordChanged() {
    return error(OAUTH, 190, 460, PASSWORD_CHANGED);
  }

  public static GraphError appNotInstalled(String userId, String appId) {
    return error(
        OAUTH,
        190,
        458,
        "Error validating access token: User "
            + userId
            + " has not authorized application "
            + appId
            + ".");
  }

  public static GraphError roleOnPageRemoved() {
    return error(OAUTH, 190, 492, ROLE_REMOVED);
  }

  public static GraphException missingProof() {
    return of(
        GRAPH_METHOD, 100, null, "API calls from the server require an appsecret_proof argument");
  }

  public static GraphException invalidProof() {
    return of(GRAPH_METHOD, 100, null, "Invalid appsecret_proof provided in the API argument");
  }

  // ---- permissions ---------------------------------------------------------------------------

  /** Missing app permission on a management call (Meta's "(#200) Requires X permission ..."). */
  public static GraphException requiresPermission(String scope) {
    return of(OAUTH, 200, null, "(#200) Requires " + scope + " permission to manage the object");
  }

  /** Missing app permission on a read ("(#10) This endpoint requires the 'X' permission."). */
  public static GraphException endpointRequiresPermission(String scope) {
    return of(OAUTH, 10, null, "(#10) This endpoint requires the '" + scope + "' permission.");
  }

  public static GraphException permissionDenied(String message) {
    return of(OAUTH, 200, null, "(#200) " + message);
  }

  public static GraphException pageTokenRequired() {
    return of(OAUTH, 210, null, "(#210) This call requires a Page access token.");
  }

  public static GraphException currentUserUnavailable() {
    return of(
        OAUTH,
        2500,
        null,
        "An active access token must be used to query information about the current user.");
  }

  // ---- throttling ----------------------------------------------------------------------------

  public static GraphException throttled(int code) {
    return of(OAUTH, code, null, defaultMessage(code, null));
  }
}
