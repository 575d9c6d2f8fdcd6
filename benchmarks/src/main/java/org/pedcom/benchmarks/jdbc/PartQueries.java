package org.pedcom.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Diagnostic for a slow sweep ({@code explain=true}): what one round of the adapter's sweep costs the server. For a
 * chunk of {@code chunk} community identifiers it runs, per part table and per pack table, {@code WHERE community_id
 * IN (…) ORDER BY} the primary key under {@code EXPLAIN (ANALYZE, BUFFERS)}, and prints the server's execution time,
 * rows and plan: the pack tables are what a sweep reads, the part tables what it would read for communities without
 * packs. PostgreSQL plans an {@code IN} list as the adapter's {@code = ANY (?)}; the adapter reads packs without
 * {@code ORDER BY}, so their figure here is an upper bound.
 */
final class PartQueries {

    private PartQueries() {
    }

    static String explain(DataSource dataSource, int chunk, int offset) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            List<String> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id FROM pedcom_community ORDER BY id OFFSET " + offset + " LIMIT " + chunk)) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            out.append(String.format(Locale.ROOT, "| table | rows | server ms | plan |%n|---|---:|---:|---|%n"));
            List<String> parts = PgBench.TABLES.subList(1, PgBench.TABLES.size()).stream()
                    .filter(t -> !PgBench.PACKS.contains(t)).toList();
            explain(c, ids, parts, "all " + parts.size() + " part tables (read only for communities without packs)",
                    out);
            explain(c, ids, PgBench.PACKS, "the 2 pack tables (what a sweep reads)", out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void explain(Connection c, List<String> ids, List<String> tables, String label, StringBuilder out)
            throws SQLException {
        double total = 0;
        long rows = 0;
        for (String table : tables) {
            String sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) SELECT * FROM " + table
                    + " WHERE community_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ") ORDER BY " + primaryKey(c, table);
            List<String> plan = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    p.setString(i + 1, ids.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
            double ms = plan.stream().filter(l -> l.startsWith("Execution Time")).mapToDouble(
                    l -> Double.parseDouble(l.replaceAll("[^0-9.]", ""))).sum();
            long actualRows = plan.isEmpty() ? 0 : Long.parseLong(plan.get(0)
                    .replaceAll(".*actual time=[0-9.]+\\.\\.[0-9.]+ rows=(\\d+).*", "$1"));
            total += ms;
            rows += actualRows;
            // The top node and the scan under it, without costs and without the 100 identifiers.
            String shape = plan.stream().filter(l -> l.contains("(cost=")).limit(2)
                    .map(l -> l.replaceAll("\\s*\\(cost=.*", "").replace("->", "").trim())
                    .reduce((a, b) -> a + " ← " + b).orElse("");
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %s |%n", table, actualRows, ms, shape));
        }
        out.append(String.format(Locale.ROOT, "| **%s** | %,d | %.1f | |%n", label, rows, total));
    }

    private static String primaryKey(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT string_agg(a.attname, ', ' ORDER BY k.ord)"
                + " FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                + " WHERE i.indrelid = ?::regclass AND i.indisprimary")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
