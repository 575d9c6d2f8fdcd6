package org.pedcom.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.pedcom.benchmarks.alternatives.HandWrittenPps;
import org.pedcom.benchmarks.alternatives.HandWrittenReport;
import org.pedcom.benchmarks.alternatives.easyrules.EasyRulesPps;
import org.pedcom.benchmarks.alternatives.hv.HibernateValidatorPps;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.compliance.Compliance;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider;
import org.pedcom.record.CommunityRecord;

/**
 * Part 1 of the issue: the same 256 generated {@code rybnovsky-pps} community-years (10–40 events each, a mix of
 * compliance and violations) judged four ways, and a fifth: hand-written Java producing pedcom's very report. The score is the average time to judge one record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    static final int RECORDS = 256;
    static final long SEED = 2025;

    private List<CommunityRecord> records;
    private LocalDate asOf;
    private Profile profile;
    private HandWrittenReport handWrittenReport;
    private HibernateValidatorPps hibernateValidator;
    private EasyRulesPps easyRules;

    @Setup(Level.Trial)
    public void setUp() {
        records = RybnovskyWorkload.communityYears(SEED, RECORDS);
        asOf = RybnovskyWorkload.JUDGED_ON;
        profile = Profiles.load().profile(RybnovskyPpsProfileProvider.ID);
        handWrittenReport = new HandWrittenReport(profile);
        hibernateValidator = new HibernateValidatorPps();
        easyRules = new EasyRulesPps();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        hibernateValidator.close();
    }

    /** pedcom: findings with citations and bilingual messages, obligations, clause summary. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void pedcom(Blackhole bh) {
        for (CommunityRecord r : records) {
            bh.consume(Compliance.evaluate(r, profile, asOf));
        }
    }

    /** The same rules as plain Java loops: the practical limit. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void handWritten(Blackhole bh) {
        for (CommunityRecord r : records) {
            bh.consume(HandWrittenPps.evaluate(r, asOf));
        }
    }

    /** The same rules as plain Java producing pedcom's whole report (equal to it): the practical limit for that output. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void handWrittenReport(Blackhole bh) {
        for (CommunityRecord r : records) {
            bh.consume(handWrittenReport.evaluate(r, asOf));
        }
    }

    /** The same rules as Hibernate Validator class-level constraints, one validator per rule. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void hibernateValidator(Blackhole bh) {
        for (CommunityRecord r : records) {
            bh.consume(hibernateValidator.evaluate(r, asOf));
        }
    }

    /** The same rules in Easy Rules, the engine fired once per fact. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void easyRules(Blackhole bh) {
        for (CommunityRecord r : records) {
            bh.consume(easyRules.evaluate(r, asOf));
        }
    }
}
