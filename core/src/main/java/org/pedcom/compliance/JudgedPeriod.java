package org.pedcom.compliance;

import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.Period;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.internal.Require;

/**
 * The period a finding or obligation is about, as stored in a report.
 *
 * @param kind  the kind of period
 * @param range its dates
 * @param label its Russian label, for example «I полугодие 2024/2025»
 */
public record JudgedPeriod(PeriodKind kind, DateRange range, String label) {

    public JudgedPeriod {
        Require.nonNull(kind, "JudgedPeriod.kind");
        Require.nonNull(range, "JudgedPeriod.range");
        Require.nonBlank(label, "JudgedPeriod.label");
    }

    public static JudgedPeriod of(Period period) {
        return new JudgedPeriod(period.kind(), period.range(), period.label());
    }
}
