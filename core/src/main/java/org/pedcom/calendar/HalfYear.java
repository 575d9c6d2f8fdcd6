package org.pedcom.calendar;

import java.time.LocalDate;
import java.time.Month;

import org.pedcom.internal.Require;

/**
 * «Полугодие» of a school year. The first runs from 1 September to 31 December, the second from 1 January to
 * 31 August, so that every day of the school year lies in exactly one half-year; a rule that expects nothing in
 * summer says so with its counted months rather than by a shorter half-year.
 *
 * @param schoolYear the school year
 * @param number     1 or 2
 */
public record HalfYear(SchoolYear schoolYear, int number) implements Period {

    public HalfYear {
        Require.nonNull(schoolYear, "HalfYear.schoolYear");
        Require.inRange(number, 1, 2, "HalfYear.number");
    }

    public static HalfYear of(SchoolYear schoolYear, int number) {
        return new HalfYear(schoolYear, number);
    }

    public static HalfYear containing(LocalDate date) {
        SchoolYear year = SchoolYear.containing(date);
        return new HalfYear(year, date.getMonthValue() >= Month.SEPTEMBER.getValue() ? 1 : 2);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.HALF_YEAR;
    }

    @Override
    public LocalDate start() {
        return number == 1 ? LocalDate.of(schoolYear.startYear(), Month.SEPTEMBER, 1) : LocalDate.of(schoolYear.startYear() + 1, Month.JANUARY, 1);
    }

    @Override
    public LocalDate end() {
        return number == 1 ? LocalDate.of(schoolYear.startYear(), Month.DECEMBER, 31) : LocalDate.of(schoolYear.startYear() + 1, Month.AUGUST, 31);
    }

    @Override
    public DateRange range() {
        return new DateRange(start(), end());
    }

    @Override
    public String label() {
        return (number == 1 ? "I" : "II") + " полугодие " + schoolYear;
    }

    public HalfYear next() {
        return number == 1 ? new HalfYear(schoolYear, 2) : new HalfYear(schoolYear.next(), 1);
    }

    @Override
    public String toString() {
        return schoolYear + "-H" + number;
    }
}
