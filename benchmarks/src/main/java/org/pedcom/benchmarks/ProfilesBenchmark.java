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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.pedcom.benchmarks.workload.Workloads;
import org.pedcom.compliance.Compliance;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;

/**
 * Every seed profile judging 256 community-years generated for it ({@link Workloads}): what a region's portal pays
 * per record under each regulation. The score is the average time to judge one record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProfilesBenchmark {

    static final int RECORDS = 256;
    static final long SEED = 2025;

    @Param({"kamensk-uralsky-mo", "rybnovsky-pps", "sobolevskaya-ps", "tomsk-logoposidelki", "yaya-osmp"})
    public String profile;

    private List<CommunityRecord> records;
    private LocalDate asOf;
    private Profile judged;

    @Setup(Level.Trial)
    public void setUp() {
        Workloads.Workload workload = Workloads.of(profile);
        records = workload.communityYears(SEED, RECORDS);
        asOf = workload.judgedOn();
        judged = Profiles.load().profile(profile);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void pedcom(Blackhole bh) {
        for (CommunityRecord r : records) {
            bh.consume(Compliance.evaluate(r, judged, asOf));
        }
    }
}
