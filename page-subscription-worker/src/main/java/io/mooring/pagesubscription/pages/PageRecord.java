package io.mooring.pagesubscription.pages;

import io.mooring.contracts.common.ReasonCode;
import io.mooring.contracts.common.SealedSecret;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's page as the console lists it: the "moved to System User" badge and its last outcome.
 * Built from the worker's own page events, each applied once.
 */
@Document(PageRecord.COLLECTION)
public record PageRecord(
    @Id String id,
    String tenantId,
    String pageId,
    String pageName,
    String businessManagerId,
    String businessManagerName,
    boolean movedToSystemUser,
    Instant movedAt,
    String systemUserId,
    List<String> tasks,
    List<String> subscribedFields,
    SealedSecret pageAccessToken,
    String lastJobId,
    String lastOutcome,
    ReasonCode lastFailureReason,
    String lastFailureNextStep,
    String lastEventId,
    Instant lastEventAt) {

  public static final String COLLECTION = "pages";

  public static String idOf(String tenantId, String pageId) {
    return tenantId + "/" + pageId;
  }
}
