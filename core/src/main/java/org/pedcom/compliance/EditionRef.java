package org.pedcom.compliance;

import java.time.LocalDate;

import org.pedcom.internal.Require;
import org.pedcom.profile.Edition;

/**
 * The profile edition a report was judged under, so that a stored report can be audited later.
 *
 * @param id            the edition's id
 * @param effectiveFrom its first day in force
 * @param adoption      its adopting act, as cited
 */
public record EditionRef(String id, LocalDate effectiveFrom, String adoption) {

    public EditionRef {
        Require.nonBlank(id, "EditionRef.id");
        Require.nonNull(effectiveFrom, "EditionRef.effectiveFrom");
        Require.nonBlank(adoption, "EditionRef.adoption");
    }

    public static EditionRef of(Edition edition) {
        return new EditionRef(edition.id(), edition.effectiveFrom(), edition.adoption());
    }
}
