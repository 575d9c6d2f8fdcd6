package org.pedcom.calendar;

import java.time.LocalDate;

/**
 * A named period of the school calendar — the unit a rule counts in («не реже 1 раза в полугодие»).
 * Closed: a rule can only mean one of the kinds in {@link PeriodKind}.
 */
public sealed interface Period extends Comparable<Period>
        permits SchoolYear, HalfYear, AcademicQuarter, CalendarQuarter, CalendarMonth {

    PeriodKind kind();

    DateRange range();

    /** A label for people, in Russian: «2024/2025 учебный год», «I полугодие 2024/2025», «октябрь 2024». */
    String label();

    default LocalDate start() {
        return range().start();
    }

    default LocalDate end() {
        return range().end();
    }

    default boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    @Override
    default int compareTo(Period other) {
        int c = start().compareTo(other.start());
        c = c != 0 ? c : end().compareTo(other.end());
        return c != 0 ? c : kind().compareTo(other.kind());
    }
}
