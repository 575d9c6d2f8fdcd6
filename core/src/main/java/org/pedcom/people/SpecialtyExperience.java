package org.pedcom.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.pedcom.calendar.DateRange;
import org.pedcom.internal.Require;

/**
 * «Стаж работы по специальности»: the spans a worker worked in the specialty.
 *
 * <p>Years are counted as Russian labour practice counts length of service: each span gives whole years, months and
 * days; days add up into months at 30 days a month and months into years at 12 (as in the Правила подсчёта и
 * подтверждения страхового стажа, п. 21). Spans must not overlap, so no day is counted twice.
 */
public record SpecialtyExperience(List<WorkSpan> spans) {

    private static final SpecialtyExperience NONE = new SpecialtyExperience(List.of());

    public SpecialtyExperience {
        spans = Require.sortedListOf(spans, (a, b) -> a.from().compareTo(b.from()), "SpecialtyExperience.spans");
        for (int i = 1; i < spans.size(); i++) {
            WorkSpan previous = spans.get(i - 1);
            // tested before the message is built: it prints both spans, for every worker read
            if (previous.until().isEmpty() || !previous.until().get().isBefore(spans.get(i).from())) {
                Require.fail("SpecialtyExperience.spans", "периоды работы пересекаются: " + previous + " и " + spans.get(i),
                        "work spans overlap: " + previous + " and " + spans.get(i));
            }
        }
    }

    public static SpecialtyExperience none() {
        return NONE;
    }

    public static SpecialtyExperience since(LocalDate from) {
        return new SpecialtyExperience(List.of(WorkSpan.since(from)));
    }

    public static SpecialtyExperience of(WorkSpan... spans) {
        return new SpecialtyExperience(List.of(spans));
    }

    /** Whole years of work in the specialty completed by the end of {@code asOf}. */
    public int fullYearsOn(LocalDate asOf) {
        Require.nonNull(asOf, "asOf");
        int years = 0;
        int months = 0;
        int days = 0;
        for (WorkSpan span : spans) {
            DateRange worked = span.workedBy(asOf).orElse(null);
            if (worked == null) {
                continue;
            }
            Period p = Period.between(worked.start(), worked.end().plusDays(1));
            years += p.getYears();
            months += p.getMonths();
            days += p.getDays();
        }
        months += days / 30;
        return years + months / 12;
    }
}
