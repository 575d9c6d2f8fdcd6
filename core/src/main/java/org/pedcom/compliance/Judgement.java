package org.pedcom.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pedcom.act.Act;
import org.pedcom.calendar.DateRange;
import org.pedcom.calendar.SchoolCalendar;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.community.Community;
import org.pedcom.internal.Texts;
import org.pedcom.meeting.Meeting;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.profile.Edition;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.Rule;
import org.pedcom.rule.Severity;

/**
 * One edition's pass over a record: what the judges read and where their results go.
 *
 * <p>Every item a rule judges has a due date. The edition whose days include that date judges it, so each period
 * is judged under the edition in force then; items due after the date of judgement become obligations, raised
 * only by the edition in force on that date.
 */
final class Judgement {

    enum Due {
        /** Due on or before the date of judgement, within this edition: judge it. */
        JUDGE,
        /** Due after the date of judgement, and this edition is the one in force: an obligation if unmet. */
        PENDING,
        /** Another edition's business. */
        SKIP
    }

    private static final Supplier<LocalizedText> NOTHING_WRONG = () -> {
        throw new IllegalStateException("an item that met its rule has no problem to describe");
    };

    /** How long a new community has before anything yearly falls due. */
    static final java.time.Period GRACE = java.time.Period.ofMonths(1);

    final CommunityRecord record;
    final Community community;
    final SchoolCalendar calendar;
    final LocalDate asOf;
    private final Edition edition;
    private final ProfileIndex.EditionIndex index;
    private final LocalDate windowStart;
    /** The edition's last day in force, {@code LocalDate.MAX} for an edition without end. */
    private final LocalDate lastDay;
    private final boolean inForceOnAsOf;
    private final Results results;
    private Rule rule;
    private int ruleIndex;
    private boolean rulePassed;
    /** The positions of the current rule's clauses in the edition summarised. */
    private int[] summaryPositions;
    /** {@link #firstMeetingJudged()} and {@link #endOfMeetingsJudged()}, once found; -1 before. */
    private int meetingsFrom = -1;
    private int meetingsTo = -1;

    Judgement(CommunityRecord record, ProfileIndex.EditionIndex index, LocalDate asOf, boolean inForceOnAsOf,
              Results results) {
        this.record = record;
        this.community = record.community();
        this.calendar = SchoolCalendar.of(record.terms());
        this.asOf = asOf;
        this.edition = index.edition();
        this.index = index;
        this.windowStart = edition.effectiveFrom();
        this.lastDay = index.lastDay();
        this.inForceOnAsOf = inForceOnAsOf;
        this.results = results;
    }

    /** Judges the edition's rule at {@code position} from now on. */
    void use(int position) {
        rule = edition.rules().get(position);
        ruleIndex = position;
        rulePassed = false;
        summaryPositions = index.positionsIn(results.summarised, position);
    }

    /** What {@code make} derives from the current rule's {@code requirement} alone, made once per profile. */
    <R, T> T prepared(R requirement, Function<R, T> make) {
        return index.prepared(ruleIndex, requirement, make);
    }

    Due classify(LocalDate due) {
        if (due.isAfter(asOf)) {
            return inForceOnAsOf ? Due.PENDING : Due.SKIP;
        }
        return !due.isBefore(windowStart) && !due.isAfter(lastDay) ? Due.JUDGE : Due.SKIP;
    }

    /**
     * The index of the first of the meetings this edition judges as held: those held while the community existed, on
     * or before the date of judgement, within the edition's days — that is, due and {@linkplain Due#JUDGE judged} by
     * their date. Meetings are in date order, so these are one run of them, found once and shared by every rule that
     * judges meetings one by one; a meeting outside the run is no business of this edition.
     */
    int firstMeetingJudged() {
        if (meetingsFrom < 0) {
            findMeetingsJudged();
        }
        return meetingsFrom;
    }

    /** The index after the last of the meetings {@linkplain #firstMeetingJudged() judged}. */
    int endOfMeetingsJudged() {
        if (meetingsFrom < 0) {
            findMeetingsJudged();
        }
        return meetingsTo;
    }

    private void findMeetingsJudged() {
        LocalDate from = community.createdOn().isAfter(windowStart) ? community.createdOn() : windowStart;
        LocalDate horizon = horizon();
        LocalDate to = lastDay.isBefore(horizon) ? lastDay : horizon;
        List<Meeting> meetings = record.meetings();
        int first = 0;
        while (first < meetings.size() && meetings.get(first).date().isBefore(from)) {
            first++;
        }
        int end = first;
        while (end < meetings.size() && !meetings.get(end).date().isAfter(to)) {
            end++;
        }
        meetingsFrom = first;
        meetingsTo = end;
    }

    boolean inForceOnAsOf() {
        return inForceOnAsOf;
    }

    /** {@code due}, or the edition's first day if that is later. */
    LocalDate notBeforeEdition(LocalDate due) {
        return due.isBefore(windowStart) ? windowStart : due;
    }

    /**
     * Judges that {@code covered} leaves no day of the community's life uncovered, for the days of this edition: each
     * gap fails with {@code gapMessage}, judged on its first day (clipped to the edition, so a state that began before
     * the edition came into force is neither lost nor blamed on days no edition covered); no gap passes.
     */
    void judgeCoverage(List<DateRange> covered, Function<DateRange, LocalizedText> gapMessage, Supplier<LocalizedText> hint,
                       Supplier<Evidence> evidence) {
        LocalDate horizon = horizon();
        if (horizon.isBefore(community.createdOn())) {
            return;
        }
        // the days lived within the edition's days: a state that began before the edition came into force (a role
        // vacant since the community's creation) is this edition's business from its first day
        LocalDate first = community.createdOn().isAfter(windowStart) ? community.createdOn() : windowStart;
        LocalDate last = horizon.isAfter(lastDay) ? lastDay : horizon;
        if (first.isAfter(last)) {
            return;
        }
        LocalDate cursor = first;
        List<DateRange> gaps = null;
        List<DateRange> sorted = covered;
        if (covered.size() > 1) {
            sorted = new ArrayList<>(covered);
            sorted.sort(null);
        }
        for (DateRange c : sorted) {
            if (cursor.isAfter(last)) {
                break;
            }
            if (c.start().isAfter(cursor)) {
                LocalDate gapEnd = c.start().minusDays(1);
                gaps = gaps == null ? new ArrayList<>(1) : gaps;
                gaps.add(DateRange.of(cursor, gapEnd.isAfter(last) ? last : gapEnd));
            }
            if (!c.end().isBefore(cursor)) {
                cursor = c.end().equals(LocalDate.MAX) ? LocalDate.MAX : c.end().plusDays(1);
            }
        }
        if (!cursor.isAfter(last)) {
            gaps = gaps == null ? new ArrayList<>(1) : gaps;
            gaps.add(DateRange.of(cursor, last));
        }
        if (gaps == null) {
            if (classify(first) == Due.JUDGE) {
                pass();
            }
            return;
        }
        for (DateRange gap : gaps) {
            if (classify(gap.start()) == Due.JUDGE) {
                fail(gapMessage.apply(gap), hint.get(), evidence.get(), Optional.empty());
            }
        }
    }

    /** The last day the community's life is judged up to: the date of judgement or the termination, if earlier. */
    LocalDate horizon() {
        // no lambda: every periodic and yearly rule asks this
        if (community.termination().isPresent() && community.termination().get().on().isBefore(asOf)) {
            return community.termination().get().on();
        }
        return asOf;
    }

    /**
     * The school years a yearly rule looks at: from the year of creation to the year of the horizon, plus the next
     * year when the horizon's own item is already due, so that what is due next is always shown. Only the years the
     * community {@linkplain #owes(SchoolYear, LocalDate) owes} are kept.
     */
    List<SchoolYear> yearsDue(Function<SchoolYear, LocalDate> dueOf) {
        List<SchoolYear> years = new ArrayList<>(3);
        SchoolYear last = SchoolYear.containing(horizon());
        for (SchoolYear y = SchoolYear.containing(community.createdOn()); y.compareTo(last) <= 0; y = y.next()) {
            if (owes(y, dueOf.apply(y))) {
                years.add(y);
            }
        }
        if (community.termination().isEmpty() && !dueOf.apply(last).isAfter(asOf) && owes(last.next(), dueOf.apply(last.next()))) {
            years.add(last.next());
        }
        return years;
    }

    /**
     * Whether the community owes the yearly item of {@code year} due on {@code due}: it exists on that day, and it
     * either existed when the school year began or has had {@link #GRACE} since its creation. A community created on
     * 30 August owes the plan due on 15 September, but no report on the school year ending the next day; one created
     * on 5 September owes no plan that year, but does owe its report.
     */
    boolean owes(SchoolYear year, LocalDate due) {
        return community.existsOn(due)
                && (community.existsOn(year.start()) || !due.isBefore(community.createdOn().plus(GRACE)));
    }

    /** Something the rule judged passed; once is enough for the clause summary, and passes are the common case. */
    void pass() {
        if (!rulePassed) {
            rulePassed = true;
            Results.mark(summaryPositions, results.complied);
        }
    }

    void fail(LocalizedText message, LocalizedText hint, Evidence evidence, Optional<JudgedPeriod> period) {
        // a remark (warning, info) shows the clause was judged, so it counts as complied unless violated
        if (rule.severity() == Severity.VIOLATION) {
            results.violation = true;
            Results.mark(summaryPositions, results.violated);
        } else {
            Results.mark(summaryPositions, results.complied);
        }
        results.findings.add(new Finding(rule.id(), rule.requirement().kindCode(), index.clauses(ruleIndex), index.citation(ruleIndex),
                rule.severity(), message, hint, evidence, period, edition.id()));
    }

    void owe(LocalDate dueBy, LocalizedText what, Optional<JudgedPeriod> period) {
        Results.mark(summaryPositions, results.owed);
        results.obligations.add(new Obligation(rule.id(), index.clauses(ruleIndex), index.citation(ruleIndex), what, dueBy, period, edition.id()));
    }

    /**
     * Judges an item due on {@code due}: passes it, fails it, or records what is owed — building the texts, the
     * evidence and the period only for an item that fails or is owed: most items pass, and judging is on the hot path.
     * {@code problems} is read and not kept, so a judge may reuse one list for all its items.
     */
    void judge(LocalDate due, List<LocalizedText> problems, Supplier<LocalizedText> hint, Supplier<LocalizedText> owed,
               Supplier<Evidence> evidence, Supplier<Optional<JudgedPeriod>> period) {
        // no capturing lambda for the common case of nothing wrong: this runs for every meeting of every record
        Supplier<LocalizedText> problem = problems.isEmpty() ? NOTHING_WRONG : () -> joined(problems);
        judge(due, problems.isEmpty(), problem, hint, owed, evidence, period);
    }

    /** An item due on {@code due} with nothing wrong: passes, unless another edition judges it. */
    void met(LocalDate due) {
        if (classify(due) != Due.SKIP) {
            pass();
        }
    }

    /** As {@link #judge(LocalDate, List, Supplier, Supplier, Supplier, Supplier)}, with problems described when shown. */
    void judge(LocalDate due, Problems problems, Supplier<LocalizedText> hint, Supplier<LocalizedText> owed,
               Supplier<Evidence> evidence, Supplier<Optional<JudgedPeriod>> period) {
        judge(due, problems.isEmpty(), problems.isEmpty() ? NOTHING_WRONG : problems::described, hint, owed, evidence, period);
    }

    /**
     * Judges an item that {@code met} or not, describing the {@code problem} only if the item is judged and fails: an
     * item not yet due is owed, and its problem is never shown.
     */
    void judge(LocalDate due, boolean met, Supplier<LocalizedText> problem, Supplier<LocalizedText> hint,
               Supplier<LocalizedText> owed, Supplier<Evidence> evidence, Supplier<Optional<JudgedPeriod>> period) {
        switch (classify(due)) {
            case JUDGE -> {
                if (met) {
                    pass();
                } else {
                    fail(problem.get(), hint.get(), evidence.get(), period.get());
                }
            }
            case PENDING -> {
                if (met) {
                    pass();
                } else {
                    owe(due, owed.get(), period.get());
                }
            }
            case SKIP -> {
                // judged by another edition, or not at all
            }
        }
    }

    boolean matches(OrganisationScope scope, OrganisationId organisation) {
        if (scope instanceof OrganisationScope.Host) {
            return organisation.equals(community.host());
        }
        if (scope instanceof OrganisationScope.OfKind k) {
            // no lambda: acts, employers and recipients are matched for every yearly item
            Optional<Organisation> found = record.organisation(organisation);
            return found.isPresent() && found.get().kind() == k.kind();
        }
        return true;
    }

    boolean matches(ActRequirement requirement, Act act) {
        return requirement.kinds().contains(act.kind()) && act.issuer().kind() == requirement.body()
                && matches(requirement.organisation(), act.issuer().organisation());
    }

    /** Why {@code act} is not the act demanded, or empty if it is. */
    Optional<LocalizedText> mismatch(ActRequirement requirement, Act act) {
        if (matches(requirement, act)) {
            return Optional.empty();
        }
        String issuer = act.issuer().kind().russianName() + " «" + record.organisation(act.issuer().organisation())
                .map(Organisation::name).orElse(act.issuer().organisation().value()) + "»";
        return Optional.of(LocalizedText.of(
                act.citation() + " — орган: " + issuer + "; требуется: " + describe(requirement),
                act.citation() + " was issued by " + act.issuer().kind() + " of '" + act.issuer().organisation()
                        + "'; required: " + requirement.kinds() + " of " + requirement.body() + " of " + scopeEn(requirement.organisation())));
    }

    /** «приказ руководителя (методический центр)», «решение или протокол методического совета (методический центр)». */
    String describe(ActRequirement requirement) {
        String body = switch (requirement.body()) {
            case HEAD -> "руководителя";
            case METHODICAL_COUNCIL -> "методического совета";
            case PEDAGOGICAL_COUNCIL -> "педагогического совета";
        };
        return requirement.kinds().stream().map(k -> k.russianName()).sorted().reduce((a, b) -> a + " или " + b).orElse("")
                + " " + body + " (" + scopeRu(requirement.organisation()) + ")";
    }

    static String scopeRu(OrganisationScope scope) {
        if (scope instanceof OrganisationScope.Host) {
            return "организация-база сообщества";
        }
        if (scope instanceof OrganisationScope.OfKind k) {
            return k.kind().russianName();
        }
        return "любая организация";
    }

    static String scopeEn(OrganisationScope scope) {
        if (scope instanceof OrganisationScope.Host) {
            return "the host organisation";
        }
        if (scope instanceof OrganisationScope.OfKind k) {
            return "an organisation of kind " + k.kind();
        }
        return "any organisation";
    }

    static String ru(LocalDate date) {
        return Texts.ru(date);
    }

    static LocalizedText joined(List<LocalizedText> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder ru = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                ru.append("; ");
                en.append("; ");
            }
            ru.append(parts.get(i).ru());
            en.append(parts.get(i).en());
        }
        return LocalizedText.of(ru.toString(), en.toString());
    }

    /** Everything the passes of all editions produce, gathered for the report. */
    static final class Results {
        final List<Finding> findings = new ArrayList<>();
        final List<Obligation> obligations = new ArrayList<>();
        /** Whether any finding is a violation. */
        boolean violation;
        /**
         * By clause position in the edition in force on the date of judgement, whose clauses are summarised: a
         * violation cites it, a check passed or a remark cites it, an obligation cites it.
         */
        final boolean[] violated;
        final boolean[] complied;
        final boolean[] owed;
        /** The position of the summarised edition in the profile. */
        final int summarised;

        Results(ProfileIndex.EditionIndex summarised, int position) {
            this.summarised = position;
            this.violated = new boolean[summarised.clauseCount()];
            this.complied = new boolean[summarised.clauseCount()];
            this.owed = new boolean[summarised.clauseCount()];
        }

        static void mark(int[] positions, boolean[] marks) {
            for (int position : positions) {
                marks[position] = true;
            }
        }
    }
}
