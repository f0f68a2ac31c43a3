package io.mooring.graphsimulator.graph;

import java.util.concurrent.ThreadLocalRandom;

/** {@code fbtrace_id}-like support ids. */
final class TraceIds {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

  private TraceIds() {}

  static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] out = new char[23];
    out[0] = 'A';
    for (int i = 1; i < out.length; i++) {
      out[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(out);
  }
}
