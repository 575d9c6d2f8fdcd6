package org.pedcom.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.pedcom.act.Act;
import org.pedcom.calendar.DateRange;
import org.pedcom.internal.Require;

/**
 * «Присвоение статуса» (for example of an ОСМП): granted by a decision on a topic for a term, confirmed by an order,
 * possibly extended.
 *
 * @param topic        «тема»
 * @param decision     the granting act («решение Методического совета»)
 * @param term         for how long, counted from the decision's date
 * @param confirmation the confirming order, if issued («подтверждается приказом»)
 * @param extensions   extensions, in order
 */
public record StatusGrant(String topic, Act decision, Period term, Optional<Act> confirmation, List<Extension> extensions) {

    public StatusGrant {
        Require.nonBlank(topic, "StatusGrant.topic");
        Require.nonNull(decision, "StatusGrant.decision");
        Require.nonNull(term, "StatusGrant.term");
        Require.that(!term.isNegative() && !term.isZero(), "StatusGrant.term",
                "срок должен быть положительным: " + term, "term must be positive: " + term);
        Require.optional(confirmation, "StatusGrant.confirmation");
        extensions = Require.listOf(extensions, "StatusGrant.extensions");
    }

    public LocalDate grantedOn() {
        return decision.date();
    }

    /** The last day of the status as first granted, without extensions. */
    public LocalDate initialLastDay() {
        return grantedOn().plus(term).minusDays(1);
    }

    /** The last day of the status, extensions included. */
    public LocalDate lastDay() {
        LocalDate end = grantedOn().plus(term);
        for (Extension e : extensions) {
            end = end.plus(e.by());
        }
        return end.minusDays(1);
    }

    public DateRange validity() {
        return new DateRange(grantedOn(), lastDay());
    }

    /** The total extension, normalised to years and months. */
    public Period totalExtension() {
        return extensions.stream().map(Extension::by).reduce(Period.ZERO, Period::plus).normalized();
    }
}
