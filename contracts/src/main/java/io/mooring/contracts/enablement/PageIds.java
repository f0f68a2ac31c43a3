package io.mooring.contracts.enablement;

import java.util.List;
import java.util.regex.Pattern;

/** Facebook page ids are numeric strings; a job moves 1 to 10,000 of them. */
public final class PageIds {
  public static final int MAX_PER_JOB = 10_000;
  private static final Pattern PAGE_ID = Pattern.compile("[0-9]{1,20}");

  private PageIds() {}

  public static boolean isValid(String pageId) {
    return pageId != null && PAGE_ID.matcher(pageId).matches();
  }

  /** Throws with a message naming the first problem, so a poison command says why. */
  public static void requireValidJob(List<String> pageIds) {
    if (pageIds == null || pageIds.isEmpty()) {
      throw new IllegalArgumentException("a job needs at least one page id");
    }
    if (pageIds.size() > MAX_PER_JOB) {
      throw new IllegalArgumentException(
          "a job takes at most " + MAX_PER_JOB + " page ids, got " + pageIds.size());
    }
    for (String pageId : pageIds) {
      if (!isValid(pageId)) {
        throw new IllegalArgumentException("malformed page id: '" + pageId + "'");
      }
    }
  }
}
