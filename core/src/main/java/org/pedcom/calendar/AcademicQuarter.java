package org.pedcom.calendar;

import java.time.LocalDate;

import org.pedcom.internal.Require;

/**
 * «Четверть»: an academic quarter of a school year, with the dates the school set for it. Quarters of one school
 * year do not overlap but may leave holidays between them; see {@link TermCalendar}.
 *
 * @param schoolYear the school year the quarter belongs to
 * @param number     1–4
 * @param range      the quarter's dates, inside the school year
 */
public record AcademicQuarter(SchoolYear schoolYear, int number, DateRange range) implements Period {

    public AcademicQuarter {
        Require.nonNull(schoolYear, "AcademicQuarter.schoolYear");
        Require.inRange(number, 1, 4, "AcademicQuarter.number");
        Require.nonNull(range, "AcademicQuarter.range");
        if (range.start().isBefore(schoolYear.start()) || range.end().isAfter(schoolYear.end())) {
            Require.fail("AcademicQuarter.range", "четверть " + range + " выходит за пределы учебного года " + schoolYear,
                    "quarter " + range + " lies outside school year " + schoolYear);
        }
    }

    public static AcademicQuarter of(SchoolYear schoolYear, int number, DateRange range) {
        return new AcademicQuarter(schoolYear, number, range);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.ACADEMIC_QUARTER;
    }

    @Override
    public LocalDate start() {
        return range.start();
    }

    @Override
    public LocalDate end() {
        return range.end();
    }

    @Override
    public String label() {
        return number + " четверть " + schoolYear;
    }

    @Override
    public String toString() {
        return schoolYear + "-T" + number + "(" + range + ")";
    }
}
