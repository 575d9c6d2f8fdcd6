package org.pedcom.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the suite with JMH's own command line ({@code -f}, {@code -wi}, {@code -i}, {@code -prof jfr}, a benchmark
 * regexp, …) and then prints the side-by-side ratios of the one run, with each target of the issue met or missed.
 *
 * <p>Defaults when a flag is not given: {@code -f 1 -wi 5 -i 5 -w 2s -r 2s} — about five minutes on two cores.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jdbc")) {
            // Part 4: a timed harness of its own (embedded PostgreSQL, single-shot measurements), not JMH.
            org.pedcom.benchmarks.jdbc.JdbcBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        CommandLineOptions cmd = new CommandLineOptions(args);
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListProfilers() || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
        if (cmd.getIncludes().isEmpty()) {
            options.include(EngineBenchmark.class.getSimpleName()).include(GrowthBenchmark.class.getSimpleName());
            options.include(org.pedcom.benchmarks.json.JsonBenchmark.class.getSimpleName());
            options.include("ProfilesBenchmark");
        }
        if (!cmd.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!cmd.getWarmupIterations().hasValue()) {
            options.warmupIterations(5);
        }
        if (!cmd.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5);
        }
        if (!cmd.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(2));
        }
        if (!cmd.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.print(ratios(results));
    }

    /** The figures and ratios as Markdown, ready for BENCHMARKS.md. */
    static String ratios(Collection<RunResult> results) {
        Map<String, Result<?>> scores = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String meetings = r.getParams().getParam("meetings");
            String profile = r.getParams().getParam("profile");
            scores.put(meetings != null ? name + "@" + meetings : profile != null ? name + "@" + profile : name,
                    r.getPrimaryResult());
        }
        StringBuilder out = new StringBuilder();
        Result<?> pedcom = scores.get("EngineBenchmark.pedcom");
        if (pedcom != null) {
            out.append("### Engine: one rybnovsky-pps community-year (mean of 256 generated), µs per record\n\n");
            out.append("| implementation | µs/record | ± (99.9%) | records/s on one core |\n|---|---:|---:|---:|\n");
            for (String impl : List.of("pedcom", "handWritten", "handWrittenReport", "hibernateValidator", "easyRules")) {
                Result<?> r = scores.get("EngineBenchmark." + impl);
                if (r != null) {
                    out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %,.0f |%n", impl, r.getScore(),
                            r.getScoreError(), 1e6 / r.getScore()));
                }
            }
            out.append("\n| ratio | value | target | met |\n|---|---:|---|---|\n");
            ratio(out, "pedcom / hand-written Java, findings only", pedcom, scores.get("EngineBenchmark.handWritten"), false, 1.5, "≤ 1.5");
            ratio(out, "pedcom / hand-written Java, same report", pedcom, scores.get("EngineBenchmark.handWrittenReport"),
                    false, 1.5, "≤ 1.5");
            ratio(out, "Hibernate Validator / pedcom", scores.get("EngineBenchmark.hibernateValidator"), pedcom, true, 5, "≥ 5");
            ratio(out, "Easy Rules / pedcom", scores.get("EngineBenchmark.easyRules"), pedcom, true, 20, "≥ 20");
            out.append('\n');
        }
        for (String impl : List.of("pedcom", "handWritten", "handWrittenReport")) {
            List<int[]> sizes = new ArrayList<>();
            for (int n : new int[] {10, 100, 1_000, 10_000}) {
                if (scores.containsKey("GrowthBenchmark." + impl + "@" + n)) {
                    sizes.add(new int[] {n});
                }
            }
            if (sizes.isEmpty()) {
                continue;
            }
            out.append("### Growth (").append(impl).append("): one community-year with n meetings\n\n");
            out.append("| meetings | µs/record | ± (99.9%) | µs per meeting | marginal µs per added meeting |\n"
                    + "|---:|---:|---:|---:|---:|\n");
            double previousScore = Double.NaN;
            int previousN = 0;
            List<Double> marginals = new ArrayList<>();
            for (int[] size : sizes) {
                int n = size[0];
                Result<?> r = scores.get("GrowthBenchmark." + impl + "@" + n);
                double marginal = Double.isNaN(previousScore) ? Double.NaN : (r.getScore() - previousScore) / (n - previousN);
                if (!Double.isNaN(marginal)) {
                    marginals.add(marginal);
                }
                out.append(String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.4f | %s |%n", n, r.getScore(),
                        r.getScoreError(), r.getScore() / n, Double.isNaN(marginal) ? "—" : String.format(Locale.ROOT, "%.4f", marginal)));
                previousScore = r.getScore();
                previousN = n;
            }
            if (marginals.size() >= 2) {
                double last = marginals.get(marginals.size() - 1);
                double before = marginals.get(marginals.size() - 2);
                double drift = last / before;
                out.append(String.format(Locale.ROOT, "%nMarginal cost per meeting, 1 000→10 000 vs 100→1 000: %.2f "
                        + "(1.00 = perfectly linear; target: linear, read as within 0.67–1.5) — %s%n%n", drift,
                        drift >= 0.67 && drift <= 1.5 ? "**met**" : "**missed**"));
            }
        }
        sameReportBySize(out, scores);
        profiles(out, scores);
        out.append(org.pedcom.benchmarks.json.JsonRatios.table(scores));
        return out.toString();
    }

    /** Every seed profile on its own generated community-years. */
    private static void profiles(StringBuilder out, Map<String, Result<?>> scores) {
        List<String> ids = scores.keySet().stream().filter(k -> k.startsWith("ProfilesBenchmark.pedcom@"))
                .map(k -> k.substring(k.indexOf('@') + 1)).sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        out.append("### Every seed profile: 256 community-years generated for it, µs per record\n\n");
        out.append("| profile | µs/record | ± (99.9%) | records/s on one core |\n|---|---:|---:|---:|\n");
        for (String id : ids) {
            Result<?> r = scores.get("ProfilesBenchmark.pedcom@" + id);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %,.0f |%n", id, r.getScore(), r.getScoreError(),
                    1e6 / r.getScore()));
        }
        out.append('\n');
    }

    /** pedcom / the hand-written same report at each size: whether the engine keeps its distance as meetings grow. */
    private static void sameReportBySize(StringBuilder out, Map<String, Result<?>> scores) {
        List<String> cells = new ArrayList<>();
        for (int n : new int[] {10, 100, 1_000, 10_000}) {
            Result<?> pedcom = scores.get("GrowthBenchmark.pedcom@" + n);
            Result<?> same = scores.get("GrowthBenchmark.handWrittenReport@" + n);
            if (pedcom != null && same != null) {
                cells.add(String.format(Locale.ROOT, "%,d meetings %.2f×", n, pedcom.getScore() / same.getScore()));
            }
        }
        if (!cells.isEmpty()) {
            out.append("pedcom / hand-written Java, same report (target ≤ 1.5): ").append(String.join(", ", cells))
                    .append("\n\n");
        }
    }

    private static void ratio(StringBuilder out, String label, Result<?> a, Result<?> b, boolean atLeast, double target,
                              String targetText) {
        if (a == null || b == null) {
            return;
        }
        double value = a.getScore() / b.getScore();
        boolean met = atLeast ? value >= target : value <= target;
        out.append(String.format(Locale.ROOT, "| %s | %.2f× | %s | %s |%n", label, value, targetText,
                met ? "**met**" : "**missed**"));
    }
}
