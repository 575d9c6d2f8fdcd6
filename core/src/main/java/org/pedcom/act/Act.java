package org.pedcom.act;

import java.time.LocalDate;

import org.pedcom.internal.Require;
import org.pedcom.internal.Texts;
import org.pedcom.organisation.Body;

/**
 * «Распорядительный акт»: an order, decision or council protocol with its number, date and issuing body.
 * Appointments, approvals, creation and composition orders refer to one.
 *
 * @param kind   the form of the act
 * @param number the number as printed, for example {@code 39/1} or {@code 46-Д}
 * @param date   the date of the act
 * @param issuer the body that issued it
 * @param title  what the act is about, for example «Об утверждении плана работы ППС»
 */
public record Act(ActKind kind, String number, LocalDate date, Body issuer, String title) {

    public Act {
        Require.nonNull(kind, "Act.kind");
        Require.nonBlank(number, "Act.number");
        Require.nonNull(date, "Act.date");
        Require.nonNull(issuer, "Act.issuer");
        Require.nonBlank(title, "Act.title");
    }

    public static Act order(String number, LocalDate date, Body issuer, String title) {
        return new Act(ActKind.ORDER, number, date, issuer, title);
    }

    public static Act decision(String number, LocalDate date, Body issuer, String title) {
        return new Act(ActKind.DECISION, number, date, issuer, title);
    }

    /** The act as a lawyer cites it: «приказ № 39/1 от 23.03.2020». */
    public String citation() {
        return kind.russianName() + " № " + number + " от " + Texts.ru(date);
    }
}
