package org.pedcom.benchmarks.workload;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.pedcom.record.CommunityRecord;

/** The generator of each seed profile, by profile id: what {@code ProfilesBenchmark} judges. */
public final class Workloads {

    /**
     * One profile's generated community-years.
     *
     * @param profileId the profile the records are written for
     * @param judgedOn  the date they are judged on: just after the year's main deadlines
     * @param generator {@code (seed, count) -> records}, the same seed giving equal records
     */
    public record Workload(String profileId, LocalDate judgedOn, BiFunction<Long, Integer, List<CommunityRecord>> generator) {

        public List<CommunityRecord> communityYears(long seed, int count) {
            return generator.apply(seed, count);
        }
    }

    private static final Map<String, Workload> BY_PROFILE = Map.of(
            KamenskWorkload.PROFILE_ID, new Workload(KamenskWorkload.PROFILE_ID, KamenskWorkload.JUDGED_ON,
                    KamenskWorkload::communityYears),
            RybnovskyWorkload.PROFILE_ID, new Workload(RybnovskyWorkload.PROFILE_ID, RybnovskyWorkload.JUDGED_ON,
                    RybnovskyWorkload::communityYears),
            SobolevskayaWorkload.PROFILE_ID, new Workload(SobolevskayaWorkload.PROFILE_ID, SobolevskayaWorkload.JUDGED_ON,
                    SobolevskayaWorkload::communityYears),
            TomskWorkload.PROFILE_ID, new Workload(TomskWorkload.PROFILE_ID, TomskWorkload.JUDGED_ON,
                    TomskWorkload::communityYears),
            YayaWorkload.PROFILE_ID, new Workload(YayaWorkload.PROFILE_ID, YayaWorkload.JUDGED_ON,
                    YayaWorkload::communityYears));

    private Workloads() {
    }

    /** @throws IllegalArgumentException naming the known ids if {@code profileId} has no generator */
    public static Workload of(String profileId) {
        Workload workload = BY_PROFILE.get(profileId);
        if (workload == null) {
            throw new IllegalArgumentException("нет генератора для профиля «" + profileId + "»; есть: "
                    + BY_PROFILE.keySet().stream().sorted().toList() + " / no generator for profile '" + profileId + "'");
        }
        return workload;
    }

    public static List<String> profileIds() {
        return BY_PROFILE.keySet().stream().sorted().toList();
    }
}
