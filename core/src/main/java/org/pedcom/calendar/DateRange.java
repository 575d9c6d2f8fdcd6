package org.pedcom.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

import org.pedcom.internal.Require;

/**
 * A closed range of dates, both ends included — «период с … по …» as regulations and orders write it.
 *
 * <p>Invariants: {@code start} and {@code end} are present and {@code start <= end}. Unlike ThreeTen-Extra's
 * {@code LocalDateRange} the end is inclusive, because every period the regulations name (a school year ending on
 * 31 August, a month ending on its last day) is stated that way and an exclusive end invites off-by-one errors.
 *
 * @param start the first day of the range
 * @param end   the last day of the range, included
 */
public record DateRange(LocalDate start, LocalDate end) implements Comparable<DateRange> {

    public DateRange {
        Require.nonNull(start, "DateRange.start");
        Require.nonNull(end, "DateRange.end");
        if (end.isBefore(start)) {
            Require.fail("DateRange", "конец " + end + " раньше начала " + start, "end " + end + " is before start " + start);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public static DateRange ofDay(LocalDate day) {
        return new DateRange(day, day);
    }

    /** Parses {@code 2024-09-01/2025-08-31}, the ISO-8601 interval form, as written by {@link #toString()}. */
    public static DateRange parse(CharSequence text) {
        Require.nonNull(text, "DateRange text");
        String s = text.toString();
        int slash = s.indexOf('/');
        Require.that(slash > 0 && slash == s.lastIndexOf('/'), "DateRange text",
                "ожидается формат ГГГГ-ММ-ДД/ГГГГ-ММ-ДД, получено '" + s + "'",
                "expected YYYY-MM-DD/YYYY-MM-DD, got '" + s + "'");
        try {
            return new DateRange(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("DateRange text: недопустимая дата в '" + s + "' / impossible date in '" + s
                    + "': " + e.getMessage(), e);
        }
    }

    public boolean contains(LocalDate date) {
        Require.nonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(DateRange other) {
        Require.nonNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    public boolean encloses(DateRange other) {
        Require.nonNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Optional<DateRange> intersection(DateRange other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new DateRange(s, e));
    }

    /** Whether the whole range lies before {@code date}, that is, the range has ended by then. */
    public boolean endsBefore(LocalDate date) {
        return end.isBefore(date);
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public Stream<LocalDate> days() {
        return start.datesUntil(end.plusDays(1));
    }

    @Override
    public int compareTo(DateRange other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
