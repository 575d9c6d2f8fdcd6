package org.pedcom.benchmarks.json;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;

/** The Markdown table of part 3 that {@code Main} prints after JMH's: adapter / plain Jackson, target ≤ 1.3. */
public final class JsonRatios {

    /** The target for the adapter against raw Jackson databind. */
    public static final double TARGET = 1.3;

    private JsonRatios() {
    }

    /**
     * @param scores primary results by {@code "JsonBenchmark.readAdapter"} etc. (class and method name)
     * @return the table, or {@code ""} when no JSON benchmark ran
     */
    public static String table(Map<String, ? extends Result<?>> scores) {
        StringBuilder rows = new StringBuilder();
        row(rows, scores, "read", "256 community-years (10–40 events)", "read");
        row(rows, scores, "write", "256 community-years (10–40 events)", "write");
        row(rows, scores, "read", "one year of " + JsonBenchmark.LARGE_MEETINGS + " events", "readLarge");
        row(rows, scores, "write", "one year of " + JsonBenchmark.LARGE_MEETINGS + " events", "writeLarge");
        if (rows.length() == 0) {
            return "";
        }
        return "### JSON: adapter (`PedcomJson`) against raw Jackson databind of plain classes, µs per record\n\n"
                + "| operation | records | adapter µs | ± (99.9%) | plain Jackson µs | ± (99.9%) | adapter / plain | target | met |\n"
                + "|---|---|---:|---:|---:|---:|---:|---|---|\n" + rows + '\n';
    }

    private static void row(StringBuilder out, Map<String, ? extends Result<?>> scores, String operation, String records,
                            String method) {
        Result<?> adapter = scores.get("JsonBenchmark." + method + "Adapter");
        Result<?> plain = scores.get("JsonBenchmark." + method + "Plain");
        if (adapter == null || plain == null) {
            return;
        }
        double ratio = adapter.getScore() / plain.getScore();
        out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f× | ≤ %.1f | %s |%n",
                operation, records, adapter.getScore(), adapter.getScoreError(), plain.getScore(), plain.getScoreError(),
                ratio, TARGET, ratio <= TARGET ? "**met**" : "**missed**"));
    }
}
