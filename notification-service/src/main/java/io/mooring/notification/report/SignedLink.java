package io.mooring.notification.report;

import java.net.URI;
import java.time.Instant;

/** A link that works without logging in, until it expires. */
public record SignedLink(URI url, Instant expiresAt) {}
