package io.mooring.notification.inapp;

import io.mooring.platform.identity.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A person's own notifications: list, mark read, and a live stream of new ones. */
@RestController
@RequestMapping("/notifications")
class NotificationController {
  static final int MAX_PAGE_SIZE = 100;

  private final NotificationStore store;
  private final LiveNotifications live;

  NotificationController(NotificationStore store, LiveNotifications live) {
    this.store = store;
    this.live = live;
  }

  @GetMapping
  NotificationPage list(
      Caller caller,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw badRequest("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
    }
    List<NotificationView> items =
        store.newestFirst(caller.tenantId(), caller.userId(), page, size).stream()
            .map(NotificationView::of)
            .toList();
    return new NotificationPage(
        items,
        page,
        size,
        store.count(caller.tenantId(), caller.userId()),
        store.unreadCount(caller.tenantId(), caller.userId()));
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> markRead(Caller caller, @PathVariable String id) {
    if (!store.markRead(caller.tenantId(), caller.userId(), id)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "You have no notification " + id);
      problem.setTitle("Notification not found");
      throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  Map<String, Long> markAllRead(Caller caller) {
    return Map.of("marked", store.markAllRead(caller.tenantId(), caller.userId()));
  }

  /**
   * New notifications as Server-Sent Events ({@code event: notification}, id = notification id). A
   * reconnecting browser sends {@code Last-Event-ID} and first gets what it missed.
   */
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(
      Caller caller, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
    List<Notification> missed =
        lastEventId == null || lastEventId.isBlank()
            ? List.of()
            : store.createdAfter(caller.tenantId(), caller.userId(), lastEventId);
    return live.open(
        caller.tenantId(),
        caller.userId(),
        store.unreadCount(caller.tenantId(), caller.userId()),
        missed);
  }

  private static ErrorResponseException badRequest(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid paging");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }
}
