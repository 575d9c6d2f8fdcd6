package org.pedcom.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import org.pedcom.internal.Require;

/**
 * «Месяц»: one calendar month as a period.
 *
 * @param yearMonth the month
 */
public record CalendarMonth(YearMonth yearMonth) implements Period {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    public CalendarMonth {
        Require.nonNull(yearMonth, "CalendarMonth.yearMonth");
    }

    public static CalendarMonth of(int year, Month month) {
        return new CalendarMonth(YearMonth.of(year, month));
    }

    public static CalendarMonth containing(LocalDate date) {
        Require.nonNull(date, "date");
        return new CalendarMonth(YearMonth.from(date));
    }

    public Month month() {
        return yearMonth.getMonth();
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.MONTH;
    }

    @Override
    public LocalDate start() {
        return yearMonth.atDay(1);
    }

    @Override
    public LocalDate end() {
        return yearMonth.atEndOfMonth();
    }

    @Override
    public DateRange range() {
        return new DateRange(start(), end());
    }

    @Override
    public String label() {
        return yearMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN) + " " + yearMonth.getYear();
    }

    public CalendarMonth next() {
        return new CalendarMonth(yearMonth.plusMonths(1));
    }

    @Override
    public String toString() {
        return yearMonth.toString();
    }
}
