package io.mooring.graph.page;

import io.mooring.graph.business.Business;
import io.mooring.graph.token.AccessToken;
import java.util.Optional;

/**
 * A Page read with {@code fields=name,business,access_token}.
 *
 * @param business the owning business; empty when the Page has none (or Meta hid it)
 * @param accessToken the Page token; empty when the caller has no task on the Page
 */
public record PageInfo(
    String id, String name, Optional<Business> business, Optional<AccessToken> accessToken) {}
