package io.mooring.graphsimulator.world;

import java.util.Set;

/** Permission names the simulator knows; tokens can only carry these. */
public final class Scopes {
  public static final String BUSINESS_MANAGEMENT = "business_management";
  public static final String PAGES_SHOW_LIST = "pages_show_list";
  public static final String PAGES_MANAGE_METADATA = "pages_manage_metadata";
  public static final String PAGES_MESSAGING = "pages_messaging";
  public static final String PAGES_READ_ENGAGEMENT = "pages_read_engagement";

  public static final Set<String> KNOWN =
      Set.of(
          "business_management",
          "pages_manage_metadata",
          "pages_manage_posts",
          "pages_manage_engagement",
          "pages_messaging",
          "pages_read_engagement",
          "pages_read_user_content",
          "pages_show_list",
          "read_insights",
          "read_page_mailboxes",
          "publish_video",
          "ads_management",
          "ads_read",
          "instagram_basic",
          "instagram_manage_comments",
          "instagram_manage_insights",
          "instagram_content_publish",
          "instagram_manage_messages",
          "whatsapp_business_management",
          "whatsapp_business_messaging",
          "public_profile",
          "email");

  private Scopes() {}
}
