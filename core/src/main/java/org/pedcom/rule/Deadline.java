package org.pedcom.rule;

import java.time.LocalDate;
import java.time.MonthDay;

import org.pedcom.calendar.SchoolYear;
import org.pedcom.internal.Require;

/**
 * A deadline stated as a day of the school year — «не позднее 15 сентября учебного года», «до 1 сентября
 * текущего года» — the last day on which the thing may still be done.
 *
 * <p>{@code schoolYearOffset} moves the deadline into a later school year: 0 means the school year concerned,
 * 1 the next one. 29 February is refused: a yearly deadline must exist every year.
 *
 * @param lastDay          the last allowed day, inclusive
 * @param schoolYearOffset 0–1
 */
public record Deadline(MonthDay lastDay, int schoolYearOffset) {

    public Deadline {
        Require.nonNull(lastDay, "Deadline.lastDay");
        Require.that(!lastDay.equals(MonthDay.of(2, 29)), "Deadline.lastDay",
                "срок 29 февраля существует не каждый год", "29 February does not exist every year");
        Require.inRange(schoolYearOffset, 0, 1, "Deadline.schoolYearOffset");
    }

    /** The last day on the given day of the school year concerned. */
    public static Deadline on(MonthDay lastDay) {
        return new Deadline(lastDay, 0);
    }

    /** The last day of the school year concerned, 31 August. */
    public static Deadline endOfSchoolYear() {
        return on(MonthDay.of(8, 31));
    }

    public LocalDate dateFor(SchoolYear year) {
        Require.nonNull(year, "year");
        return SchoolYear.of(year.startYear() + schoolYearOffset).dateOf(lastDay);
    }
}
