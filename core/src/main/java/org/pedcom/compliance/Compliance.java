package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pedcom.internal.Require;
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
import org.pedcom.rule.Rule;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.RoleEligibility;
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
        ProfileIndex index = ProfileIndex.of(profile);
        // profile.editionOn(asOf), by the index's last days rather than Optionals
        int currentIndex = -1;
        for (int i = profile.editions().size() - 1; i >= 0; i--) {
            if (!asOf.isBefore(profile.editions().get(i).effectiveFrom())) {
                currentIndex = asOf.isAfter(index.edition(i).lastDay()) ? -1 : i;
                break;
            }
        }
        if (currentIndex < 0) {
            throw new IllegalArgumentException("Профиль «" + profile.id() + "» не действует на " + asOf + " (редакции с "
                    + profile.editions().get(0).effectiveFrom() + ") / profile '" + profile.id() + "' has no edition in force on " + asOf);
        }
        ProfileIndex.EditionIndex summarised = index.edition(currentIndex);
        Judgement.Results results = new Judgement.Results(summarised, currentIndex);
        List<EditionRef> applied = new ArrayList<>(profile.editions().size());
        for (int i = 0; i < profile.editions().size(); i++) {
            ProfileIndex.EditionIndex edition = index.edition(i);
            if (edition.edition().effectiveFrom().isAfter(asOf)) {
                break;
            }
            if (edition.lastDay().isBefore(record.community().createdOn())) {
                continue;
            }
            applied.add(edition.ref());
            Judgement judgement = new Judgement(record, edition, asOf, i == currentIndex, results);
            List<Rule> rules = edition.edition().rules();
            for (int r = 0; r < rules.size(); r++) {
                judgement.use(r);
                judge(judgement, rules.get(r).requirement());
            }
        }
        List<Obligation> obligations = results.obligations;
        obligations.sort(BY_DUE_DATE);
        return new ComplianceReport(profile.id(), profile.title(), profile.settings(), summarised.ref(), applied,
                record.community().id(), asOf, results.violation ? Verdict.VIOLATED : Verdict.COMPLIES, results.findings,
                obligations, summary(summarised, results));
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

    /** One pass over the clauses; the marks were made as items were judged, the lines are the profile's, made once. */
    private static List<ClauseSummary> summary(ProfileIndex.EditionIndex edition, Judgement.Results results) {
        int clauses = edition.clauseCount();
        boolean[] violated = results.violated;
        boolean[] complied = results.complied;
        boolean[] owed = results.owed;
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
}
