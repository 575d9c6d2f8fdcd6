package org.pedcom.benchmarks.alternatives.easyrules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.pedcom.benchmarks.alternatives.Issue;
import org.pedcom.benchmarks.alternatives.PpsChecks;
import org.pedcom.benchmarks.alternatives.PpsContext;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.meeting.Meeting;
import org.pedcom.membership.Appointment;
import org.pedcom.record.CommunityRecord;

/**
 * The ППС rules in Easy Rules 4.1 (the last release; the project is no longer maintained): each rule a
 * {@link Rule} with a condition and an action, in four rule sets by the kind of fact they judge — the record, a
 * leader's appointment, a school year, a meeting. The engine is fired once per fact, the way Easy Rules is used:
 * facts {@code ctx} (the record and the date) and {@code item}; a condition that finds an issue leaves it in the
 * facts as {@code found}, and the action files it.
 */
public final class EasyRulesPps {

    private static final String CTX = "ctx";
    private static final String ITEM = "item";
    private static final String FOUND = "found";

    private final RulesEngine engine = new DefaultRulesEngine();
    private final Rules recordRules = new Rules(
            one(1, PpsChecks.CREATED_BY_ORDER, PpsChecks::createdByOrder),
            one(2, PpsChecks.TERMINATED_BY_ORDER, PpsChecks::terminatedByOrder),
            many(3, PpsChecks.LEADER_REQUIRED, PpsChecks::leaderVacancies),
            many(4, PpsChecks.SESSIONS_PER_HALF_YEAR, PpsChecks::sessionsPerHalfYear));
    private final Rules appointmentRules = new Rules(
            manyOf(1, PpsChecks.LEADER_ELIGIBILITY, (PpsContext c, Appointment a) -> PpsChecks.leaderEligibility(c, a)));
    private final Rules yearRules = new Rules(
            of(1, PpsChecks.ANNUAL_LIST_ORDER, (PpsContext c, SchoolYear y) -> PpsChecks.annualListOrder(c, y)),
            of(2, PpsChecks.PLAN_DRAFTED_BY_LEADER, (PpsContext c, SchoolYear y) -> PpsChecks.planDraftedByLeader(c, y)),
            of(3, PpsChecks.PLAN_APPROVED_BY_RIMK, (PpsContext c, SchoolYear y) -> PpsChecks.planApprovedByRimk(c, y)),
            of(4, PpsChecks.ANNUAL_REPORT, (PpsContext c, SchoolYear y) -> PpsChecks.annualReport(c, y)),
            of(5, PpsChecks.ANNUAL_REPORT_SUBMITTED, (PpsContext c, SchoolYear y) -> PpsChecks.reportSubmitted(c, y)),
            of(6, PpsChecks.PRELIMINARY_PLAN_SUBMITTED, (PpsContext c, SchoolYear y) -> PpsChecks.preliminaryPlanSubmitted(c, y)));
    private final Rules meetingRules = new Rules(
            of(1, PpsChecks.PROTOCOLS_SIGNED_BY_LEADER, (PpsContext c, Meeting m) -> PpsChecks.protocolSignedByLeader(c, m)),
            of(2, PpsChecks.SESSION_PROTOCOL, (PpsContext c, Meeting m) -> PpsChecks.sessionProtocol(c, m)),
            of(3, PpsChecks.PROTOCOL_CONTENT, (PpsContext c, Meeting m) -> PpsChecks.protocolContent(c, m)));

    public List<Issue> evaluate(CommunityRecord record, LocalDate asOf) {
        PpsContext c = new PpsContext(record, asOf);
        engine.fire(recordRules, facts(c, record));
        for (Appointment a : c.leaderAppointments) {
            engine.fire(appointmentRules, facts(c, a));
        }
        for (SchoolYear y : c.years()) {
            engine.fire(yearRules, facts(c, y));
        }
        for (Meeting m : record.meetings()) {
            engine.fire(meetingRules, facts(c, m));
        }
        return c.issues;
    }

    private static Facts facts(PpsContext c, Object item) {
        Facts facts = new Facts();
        facts.put(CTX, c);
        facts.put(ITEM, item);
        return facts;
    }

    private static Rule one(int priority, String name, Function<PpsContext, Issue> check) {
        return new RuleBuilder().name(name).priority(priority)
                .when(facts -> found(facts, check.apply(facts.get(CTX))))
                .then(facts -> facts.<PpsContext>get(CTX).issues.add(facts.get(FOUND)))
                .build();
    }

    private static Rule many(int priority, String name, Function<PpsContext, List<Issue>> check) {
        return new RuleBuilder().name(name).priority(priority)
                .when(facts -> foundAll(facts, check.apply(facts.get(CTX))))
                .then(facts -> facts.<PpsContext>get(CTX).issues.addAll(facts.get(FOUND)))
                .build();
    }

    private static <T> Rule of(int priority, String name, BiFunction<PpsContext, T, Issue> check) {
        return new RuleBuilder().name(name).priority(priority)
                .when(facts -> found(facts, check.apply(facts.get(CTX), facts.get(ITEM))))
                .then(facts -> facts.<PpsContext>get(CTX).issues.add(facts.get(FOUND)))
                .build();
    }

    private static <T> Rule manyOf(int priority, String name, BiFunction<PpsContext, T, List<Issue>> check) {
        return new RuleBuilder().name(name).priority(priority)
                .when(facts -> foundAll(facts, check.apply(facts.get(CTX), facts.get(ITEM))))
                .then(facts -> facts.<PpsContext>get(CTX).issues.addAll(facts.get(FOUND)))
                .build();
    }

    private static boolean found(Facts facts, Issue issue) {
        if (issue == null) {
            return false;
        }
        facts.put(FOUND, issue);
        return true;
    }

    private static boolean foundAll(Facts facts, List<Issue> issues) {
        if (issues.isEmpty()) {
            return false;
        }
        facts.put(FOUND, issues);
        return true;
    }
}
