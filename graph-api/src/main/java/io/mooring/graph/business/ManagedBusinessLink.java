package io.mooring.graph.business;

/** The On-Behalf-Of relationship between the partner's and a client's Business Manager. */
public record ManagedBusinessLink(String partnerBusinessId, String clientBusinessId) {}
