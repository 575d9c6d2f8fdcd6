package org.pedcom.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

import org.pedcom.internal.Require;

/**
 * «Квартал» as the Civil Code defines it (ГК РФ, ст. 192): three months counted from the start of the calendar
 * year. A calendar quarter does not respect school years: Q3 runs from July to September.
 *
 * @param year    the calendar year
 * @param quarter 1–4
 */
public record CalendarQuarter(int year, int quarter) implements Period {

    public CalendarQuarter {
        Require.inRange(year, 1900, 9999, "CalendarQuarter.year");
        Require.inRange(quarter, 1, 4, "CalendarQuarter.quarter");
    }

    public static CalendarQuarter of(int year, int quarter) {
        return new CalendarQuarter(year, quarter);
    }

    public static CalendarQuarter containing(LocalDate date) {
        Require.nonNull(date, "date");
        return new CalendarQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.CALENDAR_QUARTER;
    }

    @Override
    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    @Override
    public LocalDate end() {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    @Override
    public DateRange range() {
        return new DateRange(start(), end());
    }

    @Override
    public String label() {
        return quarter + " квартал " + year + " г.";
    }

    public CalendarQuarter next() {
        return quarter == 4 ? new CalendarQuarter(year + 1, 1) : new CalendarQuarter(year, quarter + 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
