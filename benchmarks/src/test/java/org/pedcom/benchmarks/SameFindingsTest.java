package org.pedcom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pedcom.benchmarks.alternatives.HandWrittenPps;
import org.pedcom.benchmarks.alternatives.Issue;
import org.pedcom.benchmarks.alternatives.easyrules.EasyRulesPps;
import org.pedcom.benchmarks.alternatives.hv.HibernateValidatorPps;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear;
import org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Severity;

/**
 * The comparison is honest only if the three alternatives find exactly what pedcom finds: the same multiset of
 * (rule id, clause number as printed, period judged, severity) on every generated record.
 */
class SameFindingsTest {

    static final Profile PROFILE = Profiles.load().profile(RybnovskyPpsProfileProvider.ID);
    static HibernateValidatorPps hibernateValidator;
    static final EasyRulesPps EASY_RULES = new EasyRulesPps();

    @BeforeAll
    static void start() {
        hibernateValidator = new HibernateValidatorPps();
    }

    @AfterAll
    static void stop() {
        hibernateValidator.close();
    }

    static List<String> pedcom(CommunityRecord record, LocalDate asOf) {
        ComplianceReport report = Compliance.evaluate(record, PROFILE, asOf);
        return report.findings().stream().map(SameFindingsTest::key).sorted().toList();
    }

    static String key(Finding f) {
        return Issue.key(f.rule().value(), f.clauseNumber(), f.period().map(p -> p.range().start()).orElse(null),
                f.period().map(p -> p.range().end()).orElse(null)) + (f.severity() == Severity.WARNING ? " | W" : " | V");
    }

    static List<String> keys(List<Issue> issues) {
        return issues.stream().map(i -> i.key() + (i.warning() ? " | W" : " | V")).sorted().toList();
    }

    static void assertSameFindings(CommunityRecord record, LocalDate asOf) {
        List<String> expected = pedcom(record, asOf);
        assertThat(keys(HandWrittenPps.evaluate(record, asOf))).as("hand-written, %s", record.community().id())
                .isEqualTo(expected);
        assertThat(keys(hibernateValidator.evaluate(record, asOf))).as("Hibernate Validator, %s", record.community().id())
                .isEqualTo(expected);
        assertThat(keys(EASY_RULES.evaluate(record, asOf))).as("Easy Rules, %s", record.community().id())
                .isEqualTo(expected);
    }

    /** Dates either side of the half-year, the year end and the plan deadline, where judging changes most. */
    static final List<LocalDate> OTHER_DATES = List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 15), LocalDate.of(2026, 1, 10));

    @Test
    void onEveryGeneratedCommunityYear() {
        for (CommunityRecord record : RybnovskyWorkload.communityYears(2025, 200)) {
            assertSameFindings(record, RybnovskyWorkload.JUDGED_ON);
        }
    }

    @Test
    void onOtherDatesOfJudgementToo() {
        List<CommunityRecord> records = RybnovskyWorkload.communityYears(7, 30);
        for (LocalDate asOf : OTHER_DATES) {
            for (CommunityRecord record : records) {
                assertSameFindings(record, asOf);
            }
        }
    }

    @Test
    void onTheScalingSeries() {
        for (int meetings : new int[] {10, 100, 1_000}) {
            assertSameFindings(RybnovskyWorkload.withMeetings(42, meetings), RybnovskyWorkload.JUDGED_ON);
        }
    }

    @Test
    void onTheProfilesOwnFixture() {
        CommunityRecord record = RybnovskyCommunityYear.aCompliantCommunityYear();
        assertThat(pedcom(record, LocalDate.of(2025, 9, 20))).isEmpty();
        assertSameFindings(record, LocalDate.of(2025, 9, 20));
        assertSameFindings(record, LocalDate.of(2026, 3, 1));
    }

    /** Every rule of the profile fires somewhere in a batch, so no rule is compared on compliant records only. */
    @Test
    void everyRuleOfTheProfileFindsSomethingInABatch() {
        Set<String> rules = new TreeSet<>();
        for (CommunityRecord record : RybnovskyWorkload.communityYears(2025, 200)) {
            Compliance.evaluate(record, PROFILE, RybnovskyWorkload.JUDGED_ON).findings()
                    .forEach(f -> rules.add(f.rule().value()));
        }
        Set<String> all = PROFILE.editions().get(0).rules().stream().map(r -> r.id().value())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rules).isEqualTo(all);
    }
}
