package org.pedcom.benchmarks.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.pedcom.adapters.jdbc.JdbcCommunities;
import org.pedcom.adapters.jdbc.PedcomSchema;
import org.pedcom.benchmarks.workload.RybnovskyWorkload;
import org.pedcom.record.CommunityRecord;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Part 4 of the issue, a plain timed harness (each figure is one single-shot measurement): on a real PostgreSQL 17
 * started from zonky's embedded binaries on a temporary data directory,
 * <ol>
 *   <li>bulk import of community-years whose events add up to {@code meetings} through
 *       {@link JdbcCommunities#addAll}, against {@code COPY … FROM STDIN} of the very same rows into the same
 *       tables (the rows the adapter wrote, exported with {@code COPY … TO STDOUT} and loaded back into the emptied
 *       tables);</li>
 *   <li>sweeps of {@code small} and {@code sweep} stored community-years with {@code hostedInRegion}, in a separate
 *       JVM with a fixed {@code -Xmx} ({@link SweepRun}), every record materialised, then judged.</li>
 * </ol>
 * Options ({@code key=value}): {@code meetings=1000000 sweep=100000 small=10000 chunk=500 xmx=256m
 * judge=small|all|none childJvmArgs=… fork=true explain=false sweepChunk=0 repeat=1}; {@code sweep=0} runs the
 * import only; {@code sweepChunk} overrides the adapter's default chunk for the sweeps; {@code repeat} sweeps the large
 * database that many times. Progress goes to standard error, the Markdown for
 * {@code BENCHMARKS.md} to standard output.
 */
public final class JdbcBenchmark {

    private JdbcBenchmark() {
    }

    /** Flyway reports every migration on java.util.logging at INFO; kept here so that the setting is not collected. */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    public static void main(String[] args) throws Exception {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> options = new HashMap<>(Map.of("meetings", "1000000", "sweep", "100000", "small", "10000",
                "chunk", "500", "xmx", "256m", "judge", "small", "childJvmArgs", "", "fork", "true", "seed", "2025"));
        options.put("explain", "false");
        options.put("sweepChunk", "0");
        options.put("repeat", "1");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0 || !options.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown option " + arg + "; known: " + options.keySet());
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        System.out.print(run(options));
    }

    static String run(Map<String, String> options) throws Exception {
        int meetings = Integer.parseInt(options.get("meetings"));
        int sweep = Integer.parseInt(options.get("sweep"));
        int small = Integer.parseInt(options.get("small"));
        int chunk = Integer.parseInt(options.get("chunk"));
        long seed = Long.parseLong(options.get("seed"));
        Path work = Files.createTempDirectory("pedcom-bench-jdbc");
        Path pgData = Files.createDirectories(work.resolve("pgdata"));
        Path rows = Files.createDirectories(work.resolve("copy"));
        log("working directory " + work);
        StringBuilder out = new StringBuilder();
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                // As the adapter's tests: a throwaway server. Both methods below run against the same settings.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_wal_size", "4GB")
                .start()) {
            int port = server.getPort();
            PGSimpleDataSource admin = PgBench.dataSource(port, "postgres");
            String version;
            try (var c = admin.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            log("PostgreSQL " + version + " on port " + port);

            // --- 1. bulk import --------------------------------------------------------------------------------
            PgBench.execute(admin, "CREATE DATABASE bench");
            PGSimpleDataSource bench = PgBench.dataSource(port, "bench");
            PedcomSchema.migrate(bench);
            PgBench.checkTables(bench);

            long t0 = System.nanoTime();
            List<CommunityRecord> records = RybnovskyWorkload.withMeetingsTotalling(seed, meetings);
            double generated = seconds(t0);
            long generatedMeetings = records.stream().mapToLong(r -> r.meetings().size()).sum();
            int communities = records.size();
            log(String.format(Locale.ROOT, "generated %,d community-years, %,d meetings in %.1f s", communities,
                    generatedMeetings, generated));

            PgBench.execute(bench, "CHECKPOINT");
            t0 = System.nanoTime();
            long imported = JdbcCommunities.over(bench).withChunk(chunk).addAll(records);
            double adapterSeconds = seconds(t0);
            records = null;
            log(String.format(Locale.ROOT, "adapter: %,d records in %.1f s", imported, adapterSeconds));
            Map<String, Long> adapterRows = PgBench.counts(bench);

            PgBench.export(bench, rows);
            long copyBytes = PgBench.bytes(rows);
            PgBench.truncate(bench);
            PgBench.execute(bench, "CHECKPOINT");
            t0 = System.nanoTime();
            long copied = PgBench.copyIn(bench, rows);
            double copySeconds = seconds(t0);
            log(String.format(Locale.ROOT, "COPY: %,d rows in %.1f s", copied, copySeconds));
            Map<String, Long> copyRows = PgBench.counts(bench);
            if (!copyRows.equals(adapterRows)) {
                throw new IllegalStateException("COPY loaded " + copyRows + ", the adapter " + adapterRows);
            }
            long totalRows = adapterRows.values().stream().mapToLong(Long::longValue).sum();
            out.append(importSection(options, version, communities, generatedMeetings, chunk, adapterRows, totalRows,
                    copyBytes, adapterSeconds, copySeconds));
            PgBench.execute(admin, "DROP DATABASE bench WITH (FORCE)");

            if (sweep == 0) {
                return out.toString();
            }
            // --- 2. sweeps: set-up (untimed) -----------------------------------------------------------------
            List<String> ids = PgBench.exportedIds(rows);
            String smallDb = "sweep_" + small;
            String largeDb = "sweep_" + sweep;
            prepare(admin, port, smallDb, rows, ids, small);
            prepare(admin, port, largeDb, rows, ids, sweep);
            Map<String, Long> largeRows = PgBench.counts(PgBench.dataSource(port, largeDb));

            // --- 3. sweeps: timed, in a JVM with a fixed heap ------------------------------------------------------
            String judge = options.get("judge");
            List<String> sweepArgs = new ArrayList<>(List.of(Integer.toString(port)));
            int sweepChunk = Integer.parseInt(options.getOrDefault("sweepChunk", "0"));
            if (sweepChunk > 0) {
                sweepArgs.add("chunk=" + sweepChunk);
            }
            sweepArgs.addAll(List.of(smallDb + ":" + small, largeDb + ":" + sweep));
            // Repeated sweeps of the large database in the same JVM, to tell a change from the machine's noise.
            for (int i = 2; i <= Integer.parseInt(options.getOrDefault("repeat", "1")); i++) {
                sweepArgs.add(largeDb + ":" + sweep + "#" + i);
            }
            if (!judge.equals("none")) {
                sweepArgs.add(smallDb + ":" + small + "+judged:judge");
            }
            if (judge.equals("all")) {
                sweepArgs.add(largeDb + ":" + sweep + "+judged:judge");
            }
            List<SweepRun.Result> results = Boolean.parseBoolean(options.get("fork"))
                    ? fork(options.get("xmx"), options.get("childJvmArgs"), sweepArgs)
                    : inProcess(sweepArgs);
            out.append(sweepSection(options, largeRows, results));
            if (Boolean.parseBoolean(options.get("explain"))) {
                out.append("### One sweep round on the server: the part queries of a chunk of ").append(
                        JdbcCommunities.DEFAULT_CHUNK).append(" communities, `EXPLAIN (ANALYZE, BUFFERS)`\n\n");
                out.append(PartQueries.explain(PgBench.dataSource(port, largeDb), JdbcCommunities.DEFAULT_CHUNK,
                        sweep / 2));
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return out.toString();
    }

    /** A database with the first {@code count} communities of the export, replicated as often as needed. */
    private static void prepare(PGSimpleDataSource admin, int port, String database, Path rows, List<String> ids,
                                int count) throws SQLException, IOException {
        PgBench.execute(admin, "CREATE DATABASE " + database);
        PGSimpleDataSource dataSource = PgBench.dataSource(port, database);
        PedcomSchema.migrate(dataSource);
        Set<String> take = new HashSet<>();
        int copies = 0;
        while (take.size() < count) {
            String suffix = copies == 0 ? "" : "~" + copies;
            for (int i = 0; i < ids.size() && take.size() < count; i++) {
                take.add(ids.get(i) + suffix);
            }
            copies++;
        }
        long t0 = System.nanoTime();
        PgBench.load(dataSource, rows, copies, take::contains);
        PgBench.execute(dataSource, "VACUUM ANALYZE");
        log(String.format(Locale.ROOT, "%s: %,d communities (%d cop%s of the import) loaded in %.1f s", database,
                take.size(), copies, copies == 1 ? "y" : "ies", seconds(t0)));
    }

    private static List<SweepRun.Result> fork(String xmx, String jvmArgs, List<String> sweepArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + xmx, "-Xmx" + xmx));
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SweepRun.class.getName()));
        command.addAll(sweepArgs);
        log("sweeps: " + String.join(" ", command.subList(0, command.indexOf("-cp"))) + " … " + SweepRun.class.getSimpleName());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<SweepRun.Result> results = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("sweep\t")) {
                    results.add(SweepRun.Result.parse(line));
                } else {
                    System.err.println(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the sweep JVM exited with " + exit);
        }
        return results;
    }

    private static List<SweepRun.Result> inProcess(List<String> sweepArgs) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            SweepRun.main(sweepArgs.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        return buffer.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("sweep\t"))
                .map(SweepRun.Result::parse).toList();
    }

    // --- Markdown ------------------------------------------------------------------------------------------------

    private static String importSection(Map<String, String> options, String version, int communities, long meetings,
                                        int chunk, Map<String, Long> rows, long totalRows, long copyBytes,
                                        double adapterSeconds, double copySeconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### Bulk import: %,d meetings in %,d community-years (PostgreSQL %s)%n%n",
                meetings, communities, version));
        out.append(String.format(Locale.ROOT, "Options: %s. %,d rows in %d tables (%.0f MiB as COPY text).%n%n",
                new java.util.TreeMap<>(options), totalRows, rows.size(), copyBytes / 1048576.0));
        out.append("| method | s | rows/s | meetings/s | community-years/s |\n|---|---:|---:|---:|---:|\n");
        importRow(out, "`JdbcCommunities.withChunk(" + chunk + ").addAll`", adapterSeconds, totalRows, meetings,
                communities);
        importRow(out, "`COPY … FROM STDIN` (CopyManager), same rows, same tables", copySeconds, totalRows, meetings,
                communities);
        double ratio = adapterSeconds / copySeconds;
        out.append(String.format(Locale.ROOT, "%n| ratio | value | target | met |%n|---|---:|---|---|%n"
                + "| adapter / COPY | %.2f× | ≤ 3 | %s |%n%n", ratio, ratio <= 3 ? "**met**" : "**missed**"));
        out.append("<details><summary>rows per table</summary>\n\n| table | rows |\n|---|---:|\n");
        rows.forEach((table, n) -> out.append(String.format(Locale.ROOT, "| %s | %,d |%n", table, n)));
        out.append("\n</details>\n\n");
        return out.toString();
    }

    private static void importRow(StringBuilder out, String method, double seconds, long rows, long meetings,
                                  int communities) {
        out.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %,.0f | %,.0f |%n", method, seconds,
                rows / seconds, meetings / seconds, communities / seconds));
    }

    private static String sweepSection(Map<String, String> options, Map<String, Long> largeRows,
                                       List<SweepRun.Result> results) {
        StringBuilder out = new StringBuilder();
        long total = largeRows.values().stream().mapToLong(Long::longValue).sum();
        out.append(String.format(Locale.ROOT, "### Sweeps: `hostedInRegion`, every record materialised, -Xmx%s%n%n"
                + "The %,d-community database holds %,d rows (%,d meetings).%n%n", options.get("xmx"),
                largeRows.get("pedcom_community"), total, largeRows.get("pedcom_meeting")));
        out.append("| sweep | records | meetings | s | records/s | heap after GC, max (MiB) | heap before GC, max (MiB)"
                + " | collections | live heap after full GC at n records (MiB) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        Map<String, SweepRun.Result> byLabel = new LinkedHashMap<>();
        for (SweepRun.Result r : results) {
            byLabel.put(r.label(), r);
            StringBuilder live = new StringBuilder();
            for (long[] point : r.liveAt()) {
                live.append(live.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d: %.1f", point[0],
                        point[1] / 1048576.0));
            }
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %,.0f | %.1f | %.1f | %d | %s |%n",
                    r.label(), r.records(), r.meetings(), r.seconds(), r.records() / r.seconds(),
                    r.maxAfterGc() / 1048576.0, r.maxBeforeGc() / 1048576.0, r.collections(), live));
        }
        SweepRun.Result small = byLabel.get(options.get("small"));
        SweepRun.Result large = byLabel.get(options.get("sweep"));
        if (small != null && large != null) {
            double heapRatio = (double) large.maxAfterGc() / small.maxAfterGc();
            long[] lastSmall = small.liveAt().get(small.liveAt().size() - 1);
            long[] lastLarge = large.liveAt().get(large.liveAt().size() - 1);
            // Flat means the live set does not grow with the records swept: judged on the heap left after a full
            // collection at fixed points. The largest heap after a young collection is shown too, but it counts
            // garbage G1 has not yet reclaimed, and with the read-ahead holding two chunks it moves from run to run.
            double liveRatio = (double) maxLive(large) / maxLive(small);
            out.append(String.format(Locale.ROOT, "%n| target | value | met |%n|---|---|---|%n"
                            + "| %,d sweep < 10 s on 2 cores | %.1f s | %s |%n"
                            + "| flat memory (%,d vs %,d communities) | live heap after full GC, max %.2f× (%.1f vs %.1f MiB); "
                            + "max heap after any GC %.2f× (%.1f vs %.1f MiB); time per record %.2f× | %s |%n%n",
                    large.records(), large.seconds(), large.seconds() < 10 ? "**met**" : "**missed**",
                    large.records(), small.records(), liveRatio, maxLive(large) / 1048576.0, maxLive(small) / 1048576.0,
                    heapRatio, large.maxAfterGc() / 1048576.0, small.maxAfterGc() / 1048576.0,
                    (large.seconds() / large.records()) / (small.seconds() / small.records()),
                    liveRatio <= 1.25 ? "**met**" : "**missed**"));
            if (lastSmall[1] > 0 && lastLarge[1] > 0) {
                out.append(String.format(Locale.ROOT, "Live heap after the sweep: %.1f MiB (%,d) vs %.1f MiB (%,d).%n%n",
                        lastSmall[1] / 1048576.0, lastSmall[0], lastLarge[1] / 1048576.0, lastLarge[0]));
            }
        }
        return out.toString();
    }

    private static long maxLive(SweepRun.Result sweep) {
        long max = 1;
        for (long[] point : sweep.liveAt()) {
            max = Math.max(max, point[1]);
        }
        return max;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void log(String message) {
        System.err.printf(Locale.ROOT, "[jdbc %tT] %s%n", System.currentTimeMillis(), message);
    }
}
