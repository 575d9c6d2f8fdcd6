package org.pedcom.report;

import java.time.LocalDate;

import org.pedcom.calendar.SchoolYear;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.internal.Require;
import org.pedcom.organisation.OrganisationId;

/**
 * «Предоставление»: a document of a kind, for a school year, handed to an organisation on a date
 * («предоставляет их в РИМК до 1 сентября»).
 *
 * @param kind       what was handed in
 * @param schoolYear the school year it concerns
 * @param to         the receiving organisation
 * @param on         the date it was handed in
 */
public record Submission(DocumentKind kind, SchoolYear schoolYear, OrganisationId to, LocalDate on) {

    public Submission {
        Require.nonNull(kind, "Submission.kind");
        Require.nonNull(schoolYear, "Submission.schoolYear");
        Require.nonNull(to, "Submission.to");
        Require.nonNull(on, "Submission.on");
    }
}
