package io.mooring.bmconnector.connect;

/** A Business Manager the person who logged in may connect. */
public record BusinessChoice(String businessManagerId, String name) {}
