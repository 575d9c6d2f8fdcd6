package org.pedcom.adapters.validation.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The part of a community record a requirement kind is about, named as the {@code CommunityRecord} component, so
 * that a violation points where a portal shows the data it concerns.
 */
public final class FindingPaths {

    /** By requirement kind code; every kind of the closed vocabulary is here (checked by a test). */
    static final Map<String, String> PROPERTY_BY_KIND = Map.ofEntries(
            Map.entry("meeting-frequency", "meetings"),
            Map.entry("meeting-documents", "meetings"),
            Map.entry("protocol-content", "meetings"),
            Map.entry("plan-approval", "plans"),
            Map.entry("role-eligibility", "appointments"),
            Map.entry("appointment-by-act", "appointments"),
            Map.entry("membership-basis", "memberships"),
            Map.entry("annual-composition-order", "compositionOrders"),
            Map.entry("required-document", "documents"),
            Map.entry("annual-report", "reports"),
            Map.entry("submission-deadline", "submissions"),
            Map.entry("status-term", "statusGrants"),
            Map.entry("creation-by-act", "community"),
            Map.entry("termination-reasons", "community"),
            Map.entry("host-organisation", "community"));

    private FindingPaths() {
    }

    /** The property for a finding of {@code kind}; empty for a kind added to core after this table. */
    public static Optional<String> propertyFor(String kind) {
        return Optional.ofNullable(PROPERTY_BY_KIND.get(kind));
    }
}
