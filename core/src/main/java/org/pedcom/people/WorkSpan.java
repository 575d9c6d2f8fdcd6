package org.pedcom.people;

import java.time.LocalDate;
import java.util.Optional;

import org.pedcom.calendar.DateRange;
import org.pedcom.internal.Require;

/**
 * A span of work in the specialty, from a first day to a last day or still going on.
 *
 * @param from  the first working day
 * @param until the last working day; empty while the work goes on
 */
public record WorkSpan(LocalDate from, Optional<LocalDate> until) {

    public WorkSpan {
        Require.nonNull(from, "WorkSpan.from");
        Require.optional(until, "WorkSpan.until");
        // tested before the message is built: work spans are made on every record read
        if (until.isPresent() && until.get().isBefore(from)) {
            LocalDate u = until.get();
            Require.fail("WorkSpan.until", "окончание " + u + " раньше начала " + from, "end " + u + " is before start " + from);
        }
    }

    public static WorkSpan since(LocalDate from) {
        return new WorkSpan(from, Optional.empty());
    }

    public static WorkSpan of(LocalDate from, LocalDate until) {
        return new WorkSpan(from, Optional.of(until));
    }

    /** The part of the span worked up to and including {@code asOf}; empty when it starts later. */
    Optional<DateRange> workedBy(LocalDate asOf) {
        if (from.isAfter(asOf)) {
            return Optional.empty();
        }
        LocalDate last = until.filter(u -> u.isBefore(asOf)).orElse(asOf);
        return Optional.of(new DateRange(from, last));
    }
}
