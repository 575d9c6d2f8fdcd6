package org.pedcom.documentation;

import java.time.LocalDate;
import java.util.Optional;

import org.pedcom.calendar.SchoolYear;
import org.pedcom.internal.Require;
import org.pedcom.organisation.OrganisationId;

/**
 * A document of the community's documentation set: what it is, its date, its form and where it is kept.
 *
 * @param kind       protocol, work plan, data bank, …
 * @param title      its title
 * @param date       its date
 * @param form       electronic or paper
 * @param keptAt     the organisation that keeps it, if recorded («находится в информационно-методическом центре»)
 * @param schoolYear the school year it belongs to; empty for standing documents such as the regulation itself
 */
public record Document(DocumentKind kind, String title, LocalDate date, DocumentForm form,
                       Optional<OrganisationId> keptAt, Optional<SchoolYear> schoolYear) {

    public Document {
        Require.nonNull(kind, "Document.kind");
        Require.nonBlank(title, "Document.title");
        Require.nonNull(date, "Document.date");
        Require.nonNull(form, "Document.form");
        Require.optional(keptAt, "Document.keptAt");
        Require.optional(schoolYear, "Document.schoolYear");
    }

    /** Whether the document serves {@code year}: it belongs to that year, or is a standing document dated by its end. */
    public boolean servesYear(SchoolYear year) {
        return schoolYear.map(year::equals).orElse(!date.isAfter(year.end()));
    }
}
