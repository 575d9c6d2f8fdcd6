package org.pedcom.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.pedcom.benchmarks.alternatives.HandWrittenPps;
import org.pedcom.benchmarks.alternatives.HandWrittenReport;
import org.pedcom.benchmarks.alternatives.Issue;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider;
import org.pedcom.record.CommunityRecord;

/**
 * Part 2 of the issue: one community-year with 10, 100, 1 000 and 10 000 events in 2024/2025. The score is the
 * time to judge the whole record; {@link Main} divides it by the number of meetings and compares the marginal cost
 * per meeting between the steps, which stays flat when growth is linear. The hand-written versions (the findings
 * only, and pedcom's whole report) are measured on the same records for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrowthBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int meetings;

    private CommunityRecord record;
    private LocalDate asOf;
    private Profile profile;
    private HandWrittenReport handWrittenReport;

    @Setup(Level.Trial)
    public void setUp() {
        record = RybnovskyWorkload.withMeetings(42, meetings);
        asOf = RybnovskyWorkload.JUDGED_ON;
        profile = Profiles.load().profile(RybnovskyPpsProfileProvider.ID);
        handWrittenReport = new HandWrittenReport(profile);
    }

    @Benchmark
    public ComplianceReport pedcom() {
        return Compliance.evaluate(record, profile, asOf);
    }

    @Benchmark
    public List<Issue> handWritten() {
        return HandWrittenPps.evaluate(record, asOf);
    }

    @Benchmark
    public ComplianceReport handWrittenReport() {
        return handWrittenReport.evaluate(record, asOf);
    }
}
