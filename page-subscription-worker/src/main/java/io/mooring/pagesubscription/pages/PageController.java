package io.mooring.pagesubscription.pages;

import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.Role;
import io.mooring.platform.identity.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's pages with the "moved to System User" badge and filter. */
@RestController
@Validated
@RequestMapping("/api/pages")
class PageController {
  private final MongoTemplate mongo;

  PageController(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @GetMapping
  PageList list(
      Caller caller,
      @RequestParam(required = false) Boolean movedToSystemUser,
      @RequestParam(required = false) String businessManagerId,
      @RequestParam(required = false) String jobId,
      @RequestParam(required = false) String outcome,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
    Roles.require(caller, Role.VIEWER);
    Criteria criteria = Criteria.where("tenantId").is(caller.tenantId());
    if (movedToSystemUser != null) {
      criteria = criteria.and("movedToSystemUser").is(movedToSystemUser);
    }
    if (businessManagerId != null) {
      criteria = criteria.and("businessManagerId").is(businessManagerId);
    }
    if (jobId != null) {
      criteria = criteria.and("lastJobId").is(jobId);
    }
    if (outcome != null) {
      criteria = criteria.and("lastOutcome").is(outcome);
    }
    long total = mongo.count(Query.query(criteria), PageRecord.class);
    Query query =
        Query.query(criteria).with(Sort.by("pageId")).skip((long) page * size).limit(size);
    query.fields().exclude("pageAccessToken");
    List<PageView> items = mongo.find(query, PageRecord.class).stream().map(PageView::of).toList();
    return new PageList(items, page, size, total);
  }

  record PageList(List<PageView> items, int page, int size, long totalItems) {}

  /** A page without its token. */
  record PageView(
      String pageId,
      String pageName,
      String businessManagerId,
      String businessManagerName,
      boolean movedToSystemUser,
      java.time.Instant movedAt,
      List<String> tasks,
      String lastJobId,
      String lastOutcome,
      io.mooring.contracts.common.ReasonCode lastFailureReason,
      String lastFailureNextStep) {
    static PageView of(PageRecord r) {
      return new PageView(
          r.pageId(),
          r.pageName(),
          r.businessManagerId(),
          r.businessManagerName(),
          r.movedToSystemUser(),
          r.movedAt(),
          r.tasks(),
          r.lastJobId(),
          r.lastOutcome(),
          r.lastFailureReason(),
          r.lastFailureNextStep());
    }
  }
}
