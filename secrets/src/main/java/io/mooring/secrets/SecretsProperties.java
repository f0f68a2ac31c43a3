package io.mooring.secrets;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Tink keyset comes from. A keyset holds several keys: the primary seals, all of them
 * open, so keys rotate by adding a new primary and keeping the old ones until re-sealed.
 *
 * @param keyset a Tink JSON keyset (from a secret); takes precedence over {@code keysetFile}
 * @param keysetFile a file holding a Tink JSON keyset (e.g. a mounted Kubernetes secret)
 * @param generateDevKeyset create a keyset in {@code keysetFile} if it is missing — for the
 *     embedded run and tests only, never in production
 */
@ConfigurationProperties("mooring.secrets")
public record SecretsProperties(String keyset, Path keysetFile, boolean generateDevKeyset) {}
