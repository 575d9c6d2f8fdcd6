package org.pedcom.benchmarks.jdbc;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.pedcom.adapters.jdbc.JdbcCommunities;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profiles.rybnovsky.RybnovskyPpsProfileProvider;
import org.pedcom.record.CommunityRecord;

/**
 * The sweeps of part 4, meant to run in a JVM of its own with a fixed {@code -Xmx} ({@link JdbcBenchmark} starts
 * it): a full {@code hostedInRegion} stream over a database, every record materialised, optionally judged with
 * {@code rybnovsky-pps}; wall time, and the heap seen by the garbage collector while it ran.
 *
 * <p>Heap figures: the largest heap in use after any collection during the sweep (what the sweep keeps alive, plus
 * garbage the young collections have not reached yet), the largest in use before one (the occupancy, bounded by
 * {@code -Xmx}), and the live heap after a full collection ({@code System.gc()}) at fixed points of the stream
 * (the pauses of those collections are subtracted from the time).
 */
public final class SweepRun {

    /** The region every generated community is hosted in. */
    static final String REGION = "Рязанская область";

    private static volatile long maxAfterGc;
    private static volatile long maxBeforeGc;

    private SweepRun() {
    }

    /** One sweep's figures. */
    record Result(String label, long records, long meetings, long complying, double seconds, long maxAfterGc,
                  long maxBeforeGc, long collections, List<long[]> liveAt, long xmx) {

        /** One tab-separated line, read back by {@link #parse}. */
        String line() {
            StringBuilder live = new StringBuilder();
            for (long[] point : liveAt) {
                live.append(live.length() == 0 ? "" : ",").append(point[0]).append(':').append(point[1]);
            }
            return String.join("\t", "sweep", label, Long.toString(records), Long.toString(meetings),
                    Long.toString(complying), Double.toString(seconds), Long.toString(maxAfterGc),
                    Long.toString(maxBeforeGc), Long.toString(collections), live.toString(), Long.toString(xmx));
        }

        static Result parse(String line) {
            String[] f = line.split("\t", -1);
            List<long[]> live = new ArrayList<>();
            if (!f[9].isEmpty()) {
                for (String point : f[9].split(",")) {
                    String[] p = point.split(":");
                    live.add(new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])});
                }
            }
            return new Result(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                    Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]), live,
                    Long.parseLong(f[10]));
        }
    }

    /**
     * {@code port [chunk=n] database:label[:judge] …}: sweeps each database in turn, after a warm-up over the first one, and
     * prints one {@link Result#line()} per sweep.
     */
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        listenToCollections();
        Profile profile = Profiles.load().profile(RybnovskyPpsProfileProvider.ID);
        int from = 1;
        int chunk = 0;
        if (args[1].startsWith("chunk=")) {
            chunk = Integer.parseInt(args[1].substring("chunk=".length()));
            from = 2;
        }
        String[] first = args[from].split(":");
        // Warm-up: compile the read path and the judges before the first timed sweep.
        sweep(communities(port, first[0], chunk), "warm-up", 2_000, profile, true);
        for (int i = from; i < args.length; i++) {
            String[] spec = args[i].split(":");
            Result result = sweep(communities(port, spec[0], chunk), spec[1], Long.MAX_VALUE,
                    spec.length > 2 && spec[2].equals("judge") ? profile : null, false);
            System.out.println(result.line());
            System.out.flush();
        }
    }

    /** The adapter over {@code database}, with the adapter's default chunk unless {@code chunk} is positive. */
    private static JdbcCommunities communities(int port, String database, int chunk) {
        JdbcCommunities communities = JdbcCommunities.over(PgBench.dataSource(port, database));
        return chunk > 0 ? communities.withChunk(chunk) : communities;
    }

    static Result sweep(JdbcCommunities communities, String label, long limit, Profile profile, boolean quiet) {
        fullGc();
        maxAfterGc = 0;
        maxBeforeGc = 0;
        long collectionsBefore = collections();
        long[] count = {0, 0, 0};
        long[] excluded = {0};
        List<long[]> liveAt = new ArrayList<>();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try (Stream<CommunityRecord> records = communities.hostedInRegion(REGION)) {
            records.limit(limit).forEach(record -> {
                count[0]++;
                count[1] += record.meetings().size();
                if (profile != null && Compliance.evaluate(record, profile, RybnovskyWorkload.JUDGED_ON).verdict()
                        == Verdict.COMPLIES) {
                    count[2]++;
                }
                if (!quiet && (count[0] == 1_000 || count[0] == 10_000 || count[0] == 50_000)) {
                    long pause = System.nanoTime();
                    liveAt.add(new long[] {count[0], fullGc()});
                    excluded[0] += System.nanoTime() - pause;
                }
            });
        }
        double seconds = (System.nanoTime() - start - excluded[0]) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        if (!quiet) {
            liveAt.add(new long[] {count[0], fullGc()});
        }
        Result result = new Result(label, count[0], count[1], count[2], seconds, maxAfterGc, maxBeforeGc,
                collections() - collectionsBefore, liveAt, Runtime.getRuntime().maxMemory());
        // CPU time of this JVM (all its threads, the forced collections included): on a shared machine it moves far
        // less with the load than the wall time does.
        System.err.printf(Locale.ROOT, "[sweep] %s: %,d records, %,d meetings in %.2f s (JVM CPU %.2f s); heap after GC"
                + " max %.1f MiB, before GC max %.1f MiB, %d collections%n", label, result.records, result.meetings,
                seconds, cpu, result.maxAfterGc / 1048576.0, result.maxBeforeGc / 1048576.0, result.collections);
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Live heap after a full collection, in bytes. */
    private static long fullGc() {
        System.gc();
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long collections() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    private static void listenToCollections() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                if (info.getGcCause().equals("System.gc()")) {
                    return;
                }
                long before = heap(info.getGcInfo().getMemoryUsageBeforeGc());
                long after = heap(info.getGcInfo().getMemoryUsageAfterGc());
                synchronized (SweepRun.class) {
                    maxBeforeGc = Math.max(maxBeforeGc, before);
                    maxAfterGc = Math.max(maxAfterGc, after);
                }
            }, null, null);
        }
    }

    private static long heap(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                used += usage.getUsed();
            }
        }
        return used;
    }
}
