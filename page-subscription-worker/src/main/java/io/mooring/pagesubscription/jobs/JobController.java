package io.mooring.pagesubscription.jobs;

import io.mooring.contracts.common.RequestedBy;
import io.mooring.contracts.enablement.PageIds;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.Role;
import io.mooring.platform.identity.Roles;
import io.mooring.platform.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Enablement jobs: start one (1 to 10,000 pages), follow it, see each page's outcome. */
@RestController
@Validated
@RequestMapping("/api/enablement-jobs")
class JobController {
  private final JobIntake intake;
  private final Jobs jobs;
  private final JobPages pages;

  JobController(JobIntake intake, Jobs jobs, JobPages pages) {
    this.intake = intake;
    this.jobs = jobs;
    this.pages = pages;
  }

  @PostMapping
  ResponseEntity<JobView> start(Caller caller, @RequestBody(required = false) StartJob request) {
    Roles.require(caller, Role.MANAGER);
    if (request == null || request.pageIds() == null) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST, "invalid-job", "Invalid job", "pageIds is required");
    }
    List<String> malformed =
        request.pageIds().stream().filter(id -> !PageIds.isValid(id)).limit(20).toList();
    if (!malformed.isEmpty()) {
      var problem =
          Problems.of(HttpStatus.BAD_REQUEST, "invalid-job", "Invalid job", "malformed page ids");
      problem.getBody().setProperty("malformedPageIds", malformed);
      throw problem;
    }
    if (request.pageIds().isEmpty() || request.pageIds().size() > PageIds.MAX_PER_JOB) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "invalid-job",
          "Invalid job",
          "a job takes 1 to " + PageIds.MAX_PER_JOB + " page ids, got " + request.pageIds().size());
    }
    UUID jobId = UUID.randomUUID();
    UUID requestId = UUID.randomUUID();
    EnablementJob job =
        intake.accept(
            jobId,
            caller.tenantId(),
            new RequestedBy(caller.userId(), caller.email(), null),
            request.pageIds(),
            Boolean.TRUE.equals(request.dryRun()),
            requestId,
            requestId);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(JobView.of(job));
  }

  @GetMapping("/{jobId}")
  JobView get(Caller caller, @PathVariable String jobId) {
    Roles.require(caller, Role.VIEWER);
    return JobView.of(find(caller, jobId));
  }

  @GetMapping("/{jobId}/pages")
  List<JobPageView> pagesOf(
      Caller caller,
      @PathVariable String jobId,
      @RequestParam(required = false) PageStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
    Roles.require(caller, Role.VIEWER);
    find(caller, jobId);
    return pages.pagesOf(jobId, status, page, size).stream().map(JobPageView::of).toList();
  }

  private EnablementJob find(Caller caller, String jobId) {
    return jobs.find(caller.tenantId(), jobId)
        .orElseThrow(() -> Problems.notFound("Enablement job " + jobId));
  }

  /** {@code dryRun} is optional (false). */
  record StartJob(List<String> pageIds, Boolean dryRun) {}
}
