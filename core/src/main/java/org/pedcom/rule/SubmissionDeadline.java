package org.pedcom.rule;

import org.pedcom.documentation.DocumentKind;
import org.pedcom.internal.Require;

/**
 * «Предоставляет … в РИМК до …»: for every school year the community works, a document of a kind is handed to a
 * recipient by a deadline.
 *
 * <p>For the school year judged, J, the submission must concern year J + {@code concernsOffset} (0: the report on
 * J; 1: the preliminary plan for the year after J) and be handed in by {@code deadline} counted from J.
 *
 * @param document       what is handed in
 * @param concernsOffset 0 or 1
 * @param recipient      to whom
 * @param deadline       by when
 */
public record SubmissionDeadline(DocumentKind document, int concernsOffset, OrganisationScope recipient,
                                 Deadline deadline) implements Requirement {

    public SubmissionDeadline {
        Require.nonNull(document, "SubmissionDeadline.document");
        Require.inRange(concernsOffset, 0, 1, "SubmissionDeadline.concernsOffset");
        Require.nonNull(recipient, "SubmissionDeadline.recipient");
        Require.nonNull(deadline, "SubmissionDeadline.deadline");
    }

    @Override
    public String kindCode() {
        return "submission-deadline";
    }
}
