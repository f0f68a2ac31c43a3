package io.mooring.graphsimulator.world;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Numeric ids in Meta's style (15 digits, a leading digit per kind to ease reading logs).
 * Deterministic for a seed and a sequence of calls, so a reset world has the same ids.
 */
public final class IdGenerator {
  private final Random random;
  private final Set<String> used = new HashSet<>();

  public IdGenerator(long seed) {
    this.random = new Random(seed);
  }

  public synchronized String next(char leadingDigit) {
    while (true) {
      StringBuilder id = new StringBuilder(15).append(leadingDigit);
      for (int i = 1; i < 15; i++) {
        id.append((char) ('0' + random.nextInt(10)));
      }
      String candidate = id.toString();
      if (used.add(candidate)) {
        return candidate;
      }
    }
  }

  public synchronized void reserve(String id) {
    used.add(id);
  }

  public synchronized boolean isUsed(String id) {
    return used.contains(id);
  }

  /** Letters and digits from the same seeded stream (for seeded tokens). */
  public synchronized String nextAlphanumeric(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  public static final char BUSINESS = '2';
  public static final char PAGE = '1';
  public static final char PERSON = '5';
  public static final char SYSTEM_USER = '6';
  public static final char APP = '3';
}
