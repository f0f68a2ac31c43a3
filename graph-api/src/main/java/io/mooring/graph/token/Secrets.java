package io.mooring.graph.token;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks secrets (tokens, app secrets, login codes) before text reaches a log or an exception. */
public final class Secrets {

  private static final int VISIBLE_PREFIX = 4;
  private static final String ELLIPSIS = "…";

  /** Meta user, page and system user tokens start with "EAA"; mask any that slip into free text. */
  private static final Pattern META_TOKEN = Pattern.compile("EAA[A-Za-z0-9]{12,}");

  private Secrets() {}

  /** First 4 characters plus an ellipsis; shorter secrets are fully hidden. */
  public static String mask(String secret) {
    if (secret == null) {
      return "null";
    }
    if (secret.length() <= VISIBLE_PREFIX * 2) {
      return ELLIPSIS;
    }
    return secret.substring(0, VISIBLE_PREFIX) + ELLIPSIS;
  }

  /**
   * Replaces every occurrence of the given secrets (longest first, so a token containing another is
   * masked whole) and anything shaped like a Meta token in {@code text}.
   */
  public static String scrub(String text, Collection<String> secrets) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String scrubbed = text;
    for (String secret :
        secrets.stream()
            .filter(s -> s != null && s.length() >= 4)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList()) {
      scrubbed = scrubbed.replace(secret, mask(secret));
    }
    return META_TOKEN
        .matcher(scrubbed)
        .replaceAll(match -> Matcher.quoteReplacement(mask(match.group())));
  }
}
