package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pedcom.internal.Require;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.CreationByAct;
import org.pedcom.rule.HostOrganisation;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MembershipBasisRequired;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.ProtocolContent;
import org.pedcom.rule.Requirement;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.RoleEligibility;
import org.pedcom.rule.Severity;
import org.pedcom.rule.StatusTerm;
import org.pedcom.rule.SubmissionDeadline;
import org.pedcom.rule.TerminationReasons;

/**
 * «Проверка соответствия»: judges a community record against a profile as of a date.
 *
 * <p>Pure and thread-safe: no I/O, no reflection, no clock — the date is an argument. The cost grows linearly with
 * the number of meetings: the record keeps them in date order and each periodic rule walks periods and meetings
 * once, side by side.
 */
public final class Compliance {

    private static final Comparator<Obligation> BY_DUE_DATE = Comparator.comparing(Obligation::dueBy)
            .thenComparing(o -> o.rule().value());

    private Compliance() {
    }

    /**
     * Judges {@code record} against {@code profile} on {@code asOf}. Each item is judged by the edition in force on
     * its due date; items not yet due become obligations of the edition in force on {@code asOf}.
     *
     * @throws IllegalArgumentException if no edition of the profile is in force on {@code asOf}
     */
    public static ComplianceReport evaluate(CommunityRecord record, Profile profile, LocalDate asOf) {
        Require.nonNull(record, "record");
        Require.nonNull(profile, "profile");
        Require.nonNull(asOf, "asOf");
        Edition current = profile.editionOn(asOf).orElseThrow(() -> new IllegalArgumentException(
                "Профиль «" + profile.id() + "» не действует на " + asOf + " (редакции с " + profile.editions().get(0).effectiveFrom()
                        + ") / profile '" + profile.id() + "' has no edition in force on " + asOf));
        ProfileIndex index = ProfileIndex.of(profile);
        int currentIndex = 0;
        while (profile.editions().get(currentIndex) != current) {
            currentIndex++;
        }
        Judgement.Results results = new Judgement.Results(index.edition(currentIndex));
        List<EditionRef> applied = new ArrayList<>();
        for (int i = 0; i < profile.editions().size(); i++) {
            Edition edition = profile.editions().get(i);
            if (edition.effectiveFrom().isAfter(asOf)) {
                break;
            }
            boolean lived = profile.lastDayOf(i).map(last -> !last.isBefore(record.community().createdOn())).orElse(true);
            if (!lived) {
                continue;
            }
            applied.add(EditionRef.of(edition));
            Judgement judgement = new Judgement(record, profile, index.edition(i), i, asOf, edition == current, results);
            for (int r = 0; r < edition.rules().size(); r++) {
                judgement.use(r);
                judge(judgement, edition.rules().get(r).requirement());
            }
        }
        List<Obligation> obligations = results.obligations;
        obligations.sort(BY_DUE_DATE);
        boolean violated = results.findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION);
        return new ComplianceReport(profile.id(), profile.title(), profile.settings(), EditionRef.of(current), applied,
                record.community().id(), asOf, violated ? Verdict.VIOLATED : Verdict.COMPLIES, results.findings,
                obligations, summary(index.edition(currentIndex), results, obligations));
    }

    private static void judge(Judgement j, Requirement requirement) {
        if (requirement instanceof MeetingFrequency r) {
            MeetingJudges.frequency(j, r);
        } else if (requirement instanceof MeetingDocuments r) {
            MeetingJudges.documents(j, r);
        } else if (requirement instanceof ProtocolContent r) {
            MeetingJudges.protocolContent(j, r);
        } else if (requirement instanceof RoleEligibility r) {
            PeopleJudges.eligibility(j, r);
        } else if (requirement instanceof AppointmentByAct r) {
            PeopleJudges.appointmentByAct(j, r);
        } else if (requirement instanceof CreationByAct r) {
            PeopleJudges.creationByAct(j, r);
        } else if (requirement instanceof MembershipBasisRequired r) {
            PeopleJudges.membershipBasis(j, r);
        } else if (requirement instanceof AnnualCompositionOrder r) {
            PeopleJudges.compositionOrder(j, r);
        } else if (requirement instanceof PlanApproval r) {
            YearlyJudges.plan(j, r);
        } else if (requirement instanceof SubmissionDeadline r) {
            YearlyJudges.submission(j, r);
        } else if (requirement instanceof RequiredDocument r) {
            YearlyJudges.document(j, r);
        } else if (requirement instanceof AnnualReportRequired r) {
            YearlyJudges.annualReport(j, r);
        } else if (requirement instanceof StatusTerm r) {
            StatusJudges.status(j, r);
        } else if (requirement instanceof TerminationReasons r) {
            StatusJudges.termination(j, r);
        } else if (requirement instanceof HostOrganisation r) {
            OrganisationJudges.host(j, r);
        } else {
            throw new IllegalStateException("no judge for " + requirement.getClass().getName());
        }
    }

    /** One pass over findings, obligations and clauses each; the lines themselves are the profile's, made once. */
    private static List<ClauseSummary> summary(ProfileIndex.EditionIndex edition, Judgement.Results results,
                                               List<Obligation> obligations) {
        int clauses = edition.clauseCount();
        boolean[] violated = new boolean[clauses];
        boolean[] complied = results.complied;
        boolean[] owed = new boolean[clauses];
        for (Finding f : results.findings) {
            // a remark (warning, info) shows the clause was judged, so it counts as complied unless violated
            mark(edition, f.clauses(), f.severity() == Severity.VIOLATION ? violated : complied);
        }
        for (Obligation o : obligations) {
            mark(edition, o.clauses(), owed);
        }
        ClauseSummary[] lines = new ClauseSummary[clauses];
        for (int i = 0; i < clauses; i++) {
            ClauseStatus status = violated[i] ? ClauseStatus.VIOLATED
                    : complied[i] ? ClauseStatus.COMPLIED
                    : owed[i] ? ClauseStatus.NOT_YET_DUE
                    : ClauseStatus.NOT_APPLICABLE;
            lines[i] = edition.summary(i, status);
        }
        return List.of(lines);
    }

    private static void mark(ProfileIndex.EditionIndex edition, List<ClauseRef> clauses, boolean[] marks) {
        for (int ci = 0; ci < clauses.size(); ci++) {
            ClauseRef c = clauses.get(ci);
            int position = edition.position(c.id());
            if (position >= 0) {
                marks[position] = true;
            }
        }
    }
}
