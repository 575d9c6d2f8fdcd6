package org.pedcom.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.pedcom.calendar.SchoolYear;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.internal.Require;
import org.pedcom.meeting.MeetingId;

/**
 * «Аналитический отчёт о работе за год» with its indicator values.
 *
 * @param schoolYear  the year reported on
 * @param compiledOn  the date it was compiled
 * @param form        electronic or paper
 * @param indicators  indicator values by indicator code (for example {@code diagnosed-teachers} → 14)
 * @param presentedAt the meeting (for example the final pedagogical council) where it was presented, if any
 */
public record AnnualReport(SchoolYear schoolYear, LocalDate compiledOn, DocumentForm form,
                           Map<String, BigDecimal> indicators, Optional<MeetingId> presentedAt) {

    public AnnualReport {
        Require.nonNull(schoolYear, "AnnualReport.schoolYear");
        Require.nonNull(compiledOn, "AnnualReport.compiledOn");
        Require.nonNull(form, "AnnualReport.form");
        indicators = Require.mapOf(indicators, "AnnualReport.indicators");
        indicators.keySet().forEach(code -> Require.code(code, "AnnualReport.indicators key"));
        Require.optional(presentedAt, "AnnualReport.presentedAt");
    }
}
