package io.mooring.bmconnector.connect;

import io.mooring.bmconnector.registry.BusinessManagerView;
import io.mooring.platform.identity.Caller;
import io.mooring.platform.identity.Role;
import io.mooring.platform.identity.Roles;
import io.mooring.platform.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Connecting a Business Manager: start a login, Meta's callback, and the person's choice. */
@RestController
@RequestMapping("/api/business-managers/connections")
class ConnectController {
  private final ConnectFlow flow;

  ConnectController(ConnectFlow flow) {
    this.flow = flow;
  }

  @PostMapping
  ResponseEntity<ConnectFlow.LoginStart> start(
      Caller caller, @Valid @RequestBody(required = false) StartRequest request) {
    Roles.require(caller, Role.ADMIN);
    String businessManagerId = request == null ? null : request.businessManagerId();
    return ResponseEntity.status(HttpStatus.CREATED).body(flow.start(caller, businessManagerId));
  }

  /** Meta redirects the person's browser here; the state alone says whose login it is. */
  @GetMapping("/callback")
  ConnectionResult callback(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String error) {
    return ConnectionResult.of(flow.complete(state, code, error));
  }

  @PostMapping("/{attemptId}/choice")
  ConnectionResult choose(
      Caller caller, @PathVariable String attemptId, @Valid @RequestBody ChoiceRequest request) {
    Roles.require(caller, Role.ADMIN);
    return ConnectionResult.of(flow.choose(caller, attemptId, request.businessManagerId()));
  }

  record StartRequest(@Pattern(regexp = "[0-9]{1,20}") String businessManagerId) {}

  record ChoiceRequest(@Pattern(regexp = "[0-9]{1,20}") String businessManagerId) {}

  /** The login's outcome when it did not fail. */
  record ConnectionResult(
      String status,
      BusinessManagerView businessManager,
      String attemptId,
      List<BusinessChoice> choices) {

    static ConnectionResult of(ConnectionOutcome outcome) {
      if (outcome instanceof ConnectionOutcome.Connected connected) {
        return new ConnectionResult("CONNECTED", connected.businessManager(), null, null);
      }
      if (outcome instanceof ConnectionOutcome.AwaitingChoice waiting) {
        return new ConnectionResult(
            "AWAITING_CHOICE", null, waiting.attemptId(), waiting.choices());
      }
      throw problem((ConnectionOutcome.Failed) outcome);
    }

    private static ErrorResponseException problem(ConnectionOutcome.Failed failed) {
      HttpStatus status =
          switch (failed.reason()) {
            case MISSING_PERMISSION, NOT_A_BUSINESS_ADMIN -> HttpStatus.FORBIDDEN;
            case META_UNAVAILABLE -> HttpStatus.BAD_GATEWAY;
            default -> HttpStatus.BAD_REQUEST;
          };
      ErrorResponseException problem =
          Problems.of(status, failed.reason(), failed.businessManagerName(), failed.detail());
      if (!failed.missingPermissions().isEmpty()) {
        problem.getBody().setProperty("missingPermissions", failed.missingPermissions());
      }
      return problem;
    }
  }
}
