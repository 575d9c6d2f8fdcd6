package org.pedcom.rule;

import java.util.Optional;
import java.util.Set;

import org.pedcom.documentation.DocumentForm;
import org.pedcom.internal.Require;

/**
 * «Аналитический отчёт о работе за год» with the indicators it must carry: for every school year the community
 * works, an annual report is compiled by {@code due}, carries a value for every listed indicator and, if demanded,
 * is in the given form.
 *
 * @param due        by when it must be compiled
 * @param indicators codes of the indicators it must carry
 * @param form       the form demanded, if any
 */
public record AnnualReportRequired(Deadline due, Set<String> indicators, Optional<DocumentForm> form)
        implements Requirement {

    public AnnualReportRequired {
        Require.nonNull(due, "AnnualReportRequired.due");
        indicators = Require.setOf(indicators, "AnnualReportRequired.indicators");
        indicators.forEach(i -> Require.code(i, "AnnualReportRequired.indicators"));
        Require.optional(form, "AnnualReportRequired.form");
    }

    @Override
    public String kindCode() {
        return "annual-report";
    }
}
