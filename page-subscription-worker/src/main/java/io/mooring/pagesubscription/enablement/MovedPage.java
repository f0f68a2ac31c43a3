package io.mooring.pagesubscription.enablement;

import io.mooring.contracts.common.SealedSecret;
import java.util.List;

/** A page now working through the System User. */
public record MovedPage(
    String systemUserId,
    List<String> tasks,
    List<String> subscribedFields,
    SealedSecret pageToken) {}
