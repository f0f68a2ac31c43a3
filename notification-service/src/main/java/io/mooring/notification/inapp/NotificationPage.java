package io.mooring.notification.inapp;

import java.util.List;

/** One page of a person's notifications, newest first, with how many are unread in all. */
public record NotificationPage(
    List<NotificationView> items, int page, int size, long totalItems, long unreadCount) {}
