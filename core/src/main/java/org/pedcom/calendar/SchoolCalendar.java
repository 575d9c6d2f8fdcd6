package org.pedcom.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pedcom.internal.Require;

/**
 * The calendar a community lives by: fixed school years, half-years, calendar quarters and months, plus the
 * school's own {@linkplain TermCalendar academic quarters}. Immutable and thread-safe.
 */
public final class SchoolCalendar {

    private static final SchoolCalendar STANDARD = new SchoolCalendar(TermCalendar.standard());

    private final TermCalendar terms;

    private SchoolCalendar(TermCalendar terms) {
        this.terms = terms;
    }

    public static SchoolCalendar standard() {
        return STANDARD;
    }

    public static SchoolCalendar of(TermCalendar terms) {
        return new SchoolCalendar(Require.nonNull(terms, "SchoolCalendar.terms"));
    }

    public TermCalendar terms() {
        return terms;
    }

    /**
     * The period of {@code kind} that contains {@code date}; empty only for academic quarters, on holidays the
     * school left outside every quarter.
     */
    public Optional<Period> periodContaining(PeriodKind kind, LocalDate date) {
        Require.nonNull(kind, "kind");
        Require.nonNull(date, "date");
        return switch (kind) {
            case SCHOOL_YEAR -> Optional.of(SchoolYear.containing(date));
            case HALF_YEAR -> Optional.of(HalfYear.containing(date));
            case CALENDAR_QUARTER -> Optional.of(CalendarQuarter.containing(date));
            case MONTH -> Optional.of(CalendarMonth.containing(date));
            case ACADEMIC_QUARTER -> terms.quarterContaining(date).map(Period.class::cast);
        };
    }

    /** The period of a kind other than academic quarters that contains {@code date}. */
    private static Period fixedContaining(PeriodKind kind, LocalDate date) {
        return switch (kind) {
            case SCHOOL_YEAR -> SchoolYear.containing(date);
            case HALF_YEAR -> HalfYear.containing(date);
            case CALENDAR_QUARTER -> CalendarQuarter.containing(date);
            case MONTH -> CalendarMonth.containing(date);
            case ACADEMIC_QUARTER -> throw new IllegalArgumentException("academic quarters leave holidays out");
        };
    }

    /** Every period of {@code kind} that overlaps {@code span}, in date order. */
    public List<Period> periods(PeriodKind kind, DateRange span) {
        Require.nonNull(kind, "kind");
        Require.nonNull(span, "span");
        List<Period> result = new ArrayList<>();
        if (kind == PeriodKind.ACADEMIC_QUARTER) {
            for (SchoolYear y = SchoolYear.containing(span.start()); !y.start().isAfter(span.end()); y = y.next()) {
                for (AcademicQuarter q : terms.quartersOf(y)) {
                    if (q.range().overlaps(span)) {
                        result.add(q);
                    }
                }
            }
            return List.copyOf(result);
        }
        // every day lies in a period of the other kinds: no Optional per period, as the judges ask this per record
        Period p = fixedContaining(kind, span.start());
        while (!p.start().isAfter(span.end())) {
            result.add(p);
            p = fixedContaining(kind, p.end().plusDays(1));
        }
        return List.copyOf(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchoolCalendar other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "SchoolCalendar[" + terms + "]";
    }
}
