package io.mooring.provisioner.setup;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the System User is set up. Least privilege is the default: the System User is an EMPLOYEE
 * (Meta's OBO system users always are) and asks only the permissions publishing, moderation,
 * messaging and insights need.
 *
 * @param partnerBusinessId the Business Manager that owns Mooring's app
 * @param partnerAdminSystemUserToken the partner's admin system user token (from a secret)
 * @param scopes the permissions the client System User gets
 * @param maxAttempts Graph attempts per setup before a transient failure becomes final
 * @param initialBackoff first wait after a transient failure (doubles, with jitter)
 * @param maxBackoff longest wait between attempts
 * @param refreshBefore how long before expiry a 60-day token is refreshed
 */
@ConfigurationProperties("mooring.provisioning")
public record ProvisioningProperties(
    String partnerBusinessId,
    String partnerAdminSystemUserToken,
    List<String> scopes,
    Integer maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration refreshBefore) {

  public static final List<String> LEAST_PRIVILEGE_SCOPES =
      List.of(
          "business_management",
          "pages_show_list",
          "pages_manage_metadata",
          "pages_read_engagement",
          "pages_read_user_content",
          "pages_manage_posts",
          "pages_manage_engagement",
          "pages_messaging",
          "read_insights");

  public ProvisioningProperties {
    scopes = scopes == null || scopes.isEmpty() ? LEAST_PRIVILEGE_SCOPES : List.copyOf(scopes);
    maxAttempts = maxAttempts == null ? 6 : maxAttempts;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
    refreshBefore = refreshBefore == null ? Duration.ofDays(10) : refreshBefore;
  }

  @Override
  public String toString() {
    return "ProvisioningProperties[partnerBusinessId="
        + partnerBusinessId
        + ", scopes="
        + scopes
        + ", partnerAdminSystemUserToken=<hidden>]";
  }
}
