package io.mooring.graph.page;

import java.util.List;

/**
 * An app installed on a Page for webhooks ({@code GET /{page}/subscribed_apps}).
 *
 * @param subscribedFields empty when Meta did not list them
 */
public record SubscribedApp(String id, String name, List<String> subscribedFields) {

  public SubscribedApp {
    subscribedFields = List.copyOf(subscribedFields);
  }
}
