package org.pedcom.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pedcom.internal.Require;

/**
 * A school's own dates of its academic quarters («четверти»), year by year.
 *
 * <p>Each school sets its quarters in its calendar study schedule («календарный учебный график»), so pedcom never
 * guesses them when they are known. For a school year the school has not given, the {@linkplain #standard() standard}
 * split applies: 1 September–31 October, 1 November–31 December, 1 January–31 March, 1 April–31 August. It covers
 * every day, so holidays fall into the quarter before them; a school that wants holidays outside every quarter
 * gives its dates.
 *
 * <p>Invariants: the quarters of a year are numbered 1–4 in date order and do not overlap.
 */
public final class TermCalendar {

    private static final TermCalendar STANDARD = new TermCalendar(Map.of());

    private final Map<SchoolYear, List<AcademicQuarter>> years;

    private TermCalendar(Map<SchoolYear, List<AcademicQuarter>> years) {
        this.years = Map.copyOf(years);
    }

    public static TermCalendar standard() {
        return STANDARD;
    }

    /** A term calendar with the given quarters; years not present use the standard split. */
    public static TermCalendar of(List<AcademicQuarter> quarters) {
        Require.listOf(quarters, "TermCalendar.quarters");
        Map<SchoolYear, List<AcademicQuarter>> byYear = new TreeMap<>();
        for (AcademicQuarter q : quarters) {
            byYear.computeIfAbsent(q.schoolYear(), y -> new ArrayList<>()).add(q);
        }
        byYear.forEach((year, qs) -> {
            Require.that(qs.size() == 4, "TermCalendar[" + year + "]",
                    "нужно ровно 4 четверти, дано " + qs.size(), "exactly 4 quarters are needed, got " + qs.size());
            qs.sort(null);
            for (int i = 0; i < 4; i++) {
                AcademicQuarter q = qs.get(i);
                Require.that(q.number() == i + 1, "TermCalendar[" + year + "]",
                        "четверти должны идти по порядку 1–4", "quarters must be numbered 1–4 in date order");
                Require.that(i == 0 || qs.get(i - 1).end().isBefore(q.start()), "TermCalendar[" + year + "]",
                        "четверти " + i + " и " + (i + 1) + " пересекаются", "quarters " + i + " and " + (i + 1) + " overlap");
            }
        });
        byYear.replaceAll((y, qs) -> List.copyOf(qs));
        return new TermCalendar(byYear);
    }

    public List<AcademicQuarter> quartersOf(SchoolYear year) {
        Require.nonNull(year, "year");
        List<AcademicQuarter> given = years.get(year);
        return given != null ? given : standardQuarters(year);
    }

    /** The quarter containing {@code date}, or empty in holidays between the school's own quarters. */
    public Optional<AcademicQuarter> quarterContaining(LocalDate date) {
        return quartersOf(SchoolYear.containing(date)).stream().filter(q -> q.contains(date)).findFirst();
    }

    /** Whether the school gave its own dates for {@code year}. */
    public boolean hasOwnDatesFor(SchoolYear year) {
        return years.containsKey(year);
    }

    private static List<AcademicQuarter> standardQuarters(SchoolYear year) {
        int y = year.startYear();
        return List.of(
                new AcademicQuarter(year, 1, new DateRange(LocalDate.of(y, Month.SEPTEMBER, 1), LocalDate.of(y, Month.OCTOBER, 31))),
                new AcademicQuarter(year, 2, new DateRange(LocalDate.of(y, Month.NOVEMBER, 1), LocalDate.of(y, Month.DECEMBER, 31))),
                new AcademicQuarter(year, 3, new DateRange(LocalDate.of(y + 1, Month.JANUARY, 1), LocalDate.of(y + 1, Month.MARCH, 31))),
                new AcademicQuarter(year, 4, new DateRange(LocalDate.of(y + 1, Month.APRIL, 1), LocalDate.of(y + 1, Month.AUGUST, 31))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermCalendar other && years.equals(other.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    @Override
    public String toString() {
        return "TermCalendar" + years.keySet();
    }
}
