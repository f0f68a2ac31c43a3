package io.mooring.bmconnector.registry;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.RequestedBy;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.Role;
import io.mooring.platform.identity.Roles;
import io.mooring.platform.outbox.OutboxRelay;
import io.mooring.platform.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's Business Managers and their System User badge. Another tenant's Business Manager
 * does not exist here: every lookup is by the caller's tenant.
 */
@RestController
@Validated
@RequestMapping("/api/business-managers")
class BusinessManagerController {
  private final BusinessManagers businessManagers;
  private final OutboxRelay outbox;
  private final Clock clock;

  BusinessManagerController(BusinessManagers businessManagers, OutboxRelay outbox, Clock clock) {
    this.businessManagers = businessManagers;
    this.outbox = outbox;
    this.clock = clock;
  }

  @GetMapping
  PageOfBusinessManagers list(
      Caller caller,
      @RequestParam(required = false) Boolean systemUserEnabled,
      @RequestParam(required = false) SystemUserStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    Roles.require(caller, Role.VIEWER);
    var found = businessManagers.list(caller.tenantId(), systemUserEnabled, status, page, size);
    return new PageOfBusinessManagers(
        found.items().stream().map(r -> BusinessManagerView.of(r, clock.instant())).toList(),
        page,
        size,
        found.total());
  }

  @GetMapping("/{businessManagerId}")
  BusinessManagerView get(Caller caller, @PathVariable String businessManagerId) {
    Roles.require(caller, Role.VIEWER);
    return BusinessManagerView.of(find(caller, businessManagerId), clock.instant());
  }

  /** Asks for the System User; asking again while it is being set up starts nothing new. */
  @PostMapping("/{businessManagerId}/system-user")
  ResponseEntity<BusinessManagerView> setUpSystemUser(
      Caller caller, @PathVariable String businessManagerId) {
    Roles.require(caller, Role.ADMIN);
    BusinessManagerRecord current = find(caller, businessManagerId);
    if (current.connectionStatus(clock.instant()) != ConnectionStatus.CONNECTED) {
      throw Problems.of(
          HttpStatus.CONFLICT,
          ReasonCode.BM_CONNECTION_EXPIRED,
          current.name(),
          "The admin's connection to this Business Manager has expired.");
    }
    var requestedBy = new RequestedBy(caller.userId(), caller.email(), null);
    var started =
        businessManagers.startSetup(
            current, clock.instant(), record -> SetupCommands.setup(record, requestedBy, clock));
    started.ifPresent(record -> outbox.wakeUp());
    BusinessManagerRecord now = started.orElseGet(() -> find(caller, businessManagerId));
    HttpStatus status =
        now.systemUser().status() == SystemUserStatus.ENABLED ? HttpStatus.OK : HttpStatus.ACCEPTED;
    return ResponseEntity.status(status).body(BusinessManagerView.of(now, clock.instant()));
  }

  @DeleteMapping("/{businessManagerId}/system-user")
  ResponseEntity<Void> removeSystemUser(Caller caller, @PathVariable String businessManagerId) {
    Roles.require(caller, Role.ADMIN);
    BusinessManagerRecord record = find(caller, businessManagerId);
    ErrorResponseException problem =
        Problems.of(
            HttpStatus.METHOD_NOT_ALLOWED,
            "system-user-removal-not-supported",
            "Removing a System User is not supported by Mooring",
            "Meta does not let apps delete System Users. To remove Mooring's access, open Meta"
                + " Business Settings of \""
                + record.name()
                + "\" > Users > System users (or Integrations > Connected apps) and remove it"
                + " there; Mooring will then report the pages it can no longer reach.");
    problem.getHeaders().set(HttpHeaders.ALLOW, "GET, POST");
    throw problem;
  }

  private BusinessManagerRecord find(Caller caller, String businessManagerId) {
    return businessManagers
        .find(caller.tenantId(), businessManagerId)
        .orElseThrow(() -> Problems.notFound("Business Manager " + businessManagerId));
  }

  /** A page of Business Managers. */
  record PageOfBusinessManagers(
      List<BusinessManagerView> items, int page, int size, long totalItems) {}
}
