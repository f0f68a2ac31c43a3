package io.mooring.pagesubscription.dispatch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Round-robin across tenants: one page of each tenant in turn, so a tenant's 10,000-page job cannot
 * starve another tenant's single page.
 */
public final class FairShare {
  private FairShare() {}

  public static <T> List<T> interleave(List<List<T>> queues, int limit) {
    List<Iterator<T>> iterators = new ArrayList<>();
    queues.forEach(queue -> iterators.add(queue.iterator()));
    List<T> picked = new ArrayList<>();
    boolean any = true;
    while (picked.size() < limit && any) {
      any = false;
      for (Iterator<T> iterator : iterators) {
        if (picked.size() < limit && iterator.hasNext()) {
          picked.add(iterator.next());
          any = true;
        }
      }
    }
    return picked;
  }
}
