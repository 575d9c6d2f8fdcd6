package org.pedcom.rule;

import java.time.Period;
import java.util.Optional;

import org.pedcom.internal.Require;

/**
 * «Статус присваивается на срок от … до …, может быть продлён не более чем на …»: how a status is granted,
 * confirmed and extended, and for how long. With {@code required}, the community may work only while it holds a
 * status: activity past the last day of the status is a breach, and the last day is always an obligation.
 *
 * @param minimumTerm      the shortest term a grant may set
 * @param maximumTerm      the longest term a grant may set
 * @param maximumExtension the longest total extension; zero forbids extension
 * @param grantedBy        the act that grants the status
 * @param confirmedBy      the act that must confirm the grant, if any
 * @param extendedBy       the act that extends it, if extension is allowed
 * @param required         whether the community needs a status in force to work
 */
public record StatusTerm(Period minimumTerm, Period maximumTerm, Period maximumExtension, ActRequirement grantedBy,
                         Optional<ActRequirement> confirmedBy, Optional<ActRequirement> extendedBy, boolean required)
        implements Requirement {

    public StatusTerm {
        Require.nonNull(minimumTerm, "StatusTerm.minimumTerm");
        Require.nonNull(maximumTerm, "StatusTerm.maximumTerm");
        Require.nonNull(maximumExtension, "StatusTerm.maximumExtension");
        Require.that(!minimumTerm.isNegative() && !minimumTerm.isZero(), "StatusTerm.minimumTerm",
                "срок должен быть положительным", "must be positive");
        Require.that(months(minimumTerm) <= months(maximumTerm), "StatusTerm.maximumTerm",
                "наибольший срок меньше наименьшего", "maximum term is shorter than the minimum");
        Require.that(!maximumExtension.isNegative(), "StatusTerm.maximumExtension",
                "срок продления не может быть отрицательным", "must not be negative");
        Require.nonNull(grantedBy, "StatusTerm.grantedBy");
        Require.optional(confirmedBy, "StatusTerm.confirmedBy");
        Require.optional(extendedBy, "StatusTerm.extendedBy");
    }

    /** A length in months, days counted as a fraction so that P1Y and P12M compare equal. */
    static double months(Period p) {
        return p.toTotalMonths() + p.getDays() / 31.0;
    }

    @Override
    public String kindCode() {
        return "status-term";
    }
}
