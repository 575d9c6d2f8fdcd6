package org.pedcom.benchmarks.jdbc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL side of part 4: data sources, the pedcom tables in insert order, and {@code COPY} of their rows to
 * files and back.
 */
final class PgBench {

    /**
     * Every table of the migrations ({@code V1__community_records.sql}, then the two pack tables of
     * {@code V2__packed_rows.sql}), parents before children: the order in which the adapter inserts and {@code COPY}
     * loads. {@link #checkTables} compares it with the migrated schema.
     */
    static final List<String> TABLES = List.of("pedcom_community", "pedcom_community_direction",
            "pedcom_term_quarter", "pedcom_organisation", "pedcom_organisation_level", "pedcom_act", "pedcom_worker",
            "pedcom_worker_role", "pedcom_worker_category", "pedcom_worker_work_span", "pedcom_personal_data",
            "pedcom_personal_contact", "pedcom_personal_entry", "pedcom_personal_consent", "pedcom_membership",
            "pedcom_appointment", "pedcom_composition_order", "pedcom_composition_member",
            "pedcom_composition_direction", "pedcom_meeting", "pedcom_agenda_item", "pedcom_agenda_outcome",
            "pedcom_protocol_signature", "pedcom_attendance", "pedcom_plan", "pedcom_plan_item",
            "pedcom_plan_item_event", "pedcom_plan_step", "pedcom_plan_publication", "pedcom_document",
            "pedcom_annual_report", "pedcom_report_indicator", "pedcom_submission", "pedcom_status_grant",
            "pedcom_status_extension", "pedcom_community_packed", "pedcom_personal_packed");

    /** The tables of packed rows: what the adapter's reads take (the rest of {@link #TABLES} is the part rows). */
    static final List<String> PACKS = List.of("pedcom_community_packed", "pedcom_personal_packed");

    /**
     * The tables of the migrations that hold no community record, so neither an import writes them nor {@code COPY}
     * has to carry them: {@code pedcom_community_removed} ({@code V3__removed_versions.sql}), the last versions of
     * removed communities, empty here since nothing is removed. {@link #checkTables} expects them beside
     * {@link #TABLES}; {@link #truncate} empties them too.
     */
    static final List<String> NOT_COPIED = List.of("pedcom_community_removed");

    private PgBench() {
    }

    /** A data source as the adapter's README recommends: rewritten batched inserts, no values in messages. */
    static PGSimpleDataSource dataSource(int port, String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        dataSource.setReWriteBatchedInserts(true);
        dataSource.setLogServerErrorDetail(false);
        return dataSource;
    }

    static void execute(DataSource dataSource, String... sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", sql), e);
        }
    }

    /**
     * Fails unless {@link #TABLES} and {@link #NOT_COPIED} name exactly the pedcom tables of the migrated schema, each
     * of {@link #TABLES} with the community's identifier in its first column (which {@link #load} rewrites to
     * replicate communities).
     */
    static void checkTables(DataSource dataSource) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name LIKE 'pedcom\\_%' AND table_name <> 'pedcom_schema_history'"
                        + " AND ordinal_position = 1")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String first = rs.getString(2);
                if (!NOT_COPIED.contains(table)
                        && !first.equals(table.equals("pedcom_community") ? "id" : "community_id")) {
                    throw new IllegalStateException(table + " starts with column " + first);
                }
                found.add(table);
            }
        }
        Set<String> known = new TreeSet<>(TABLES);
        known.addAll(NOT_COPIED);
        if (!found.equals(known)) {
            throw new IllegalStateException("the benchmark's tables " + known + " differ from the schema's " + found
                    + ": update PgBench.TABLES or PgBench.NOT_COPIED");
        }
    }

    /** Rows per table, in {@link #TABLES} order. */
    static Map<String, Long> counts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** {@code COPY table TO STDOUT} of every table into {@code directory}, one text-format file per table. */
    static void export(DataSource dataSource, Path directory) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file(directory, table)), 1 << 16)) {
                    copy.copyOut("COPY " + table + " TO STDOUT", out);
                }
            }
        }
    }

    /** Empties every pedcom table. */
    static void truncate(DataSource dataSource) {
        execute(dataSource, "TRUNCATE " + String.join(", ", TABLES) + ", " + String.join(", ", NOT_COPIED));
    }

    /**
     * The timed baseline: {@code COPY table FROM STDIN} of every exported file, parents first, in one transaction
     * (as the adapter's import is one transaction). The driver streams each file to the server unchanged.
     *
     * @return rows copied
     */
    static long copyIn(DataSource dataSource, Path directory) throws SQLException, IOException {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file(directory, table)), 1 << 16)) {
                    rows += copy.copyIn("COPY " + table + " FROM STDIN", in, 1 << 16);
                }
            }
            c.commit();
        }
        return rows;
    }

    /**
     * Loads the exported rows {@code copies} times (untimed set-up of the sweep): copy 0 with the identifiers as they
     * are, copy k with {@code "~k"} appended to every community identifier; a community of copy k is loaded only if
     * {@code take} accepts its copied identifier.
     */
    static void load(DataSource dataSource, Path directory, int copies, Predicate<String> take)
            throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            // Untimed set-up of rows the adapter wrote and the database accepted once: skip the foreign-key triggers.
            try (Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = replica");
            }
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                for (int k = 0; k < copies; k++) {
                    String suffix = k == 0 ? "" : "~" + k;
                    CopyIn in = copy.copyIn("COPY " + table + " FROM STDIN");
                    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                            Files.newInputStream(file(directory, table)), StandardCharsets.UTF_8), 1 << 16)) {
                        StringBuilder buffer = new StringBuilder(1 << 17);
                        String line;
                        while ((line = lines.readLine()) != null) {
                            int tab = line.indexOf('\t');
                            String id = line.substring(0, tab) + suffix;
                            if (!take.test(id)) {
                                continue;
                            }
                            buffer.append(id).append(line, tab, line.length()).append('\n');
                            if (buffer.length() >= 1 << 16) {
                                write(in, buffer);
                            }
                        }
                        write(in, buffer);
                        in.endCopy();
                    } finally {
                        if (in.isActive()) {
                            in.cancelCopy();
                        }
                    }
                }
            }
            c.commit();
        }
    }

    private static void write(CopyIn in, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** The community identifiers of the export, in the order they were exported. */
    static List<String> exportedIds(Path directory) {
        List<String> ids = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file(directory, "pedcom_community"))) {
            String line;
            while ((line = lines.readLine()) != null) {
                ids.add(line.substring(0, line.indexOf('\t')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    static long bytes(Path directory) throws IOException {
        long total = 0;
        for (String table : TABLES) {
            total += Files.size(file(directory, table));
        }
        return total;
    }

    private static Path file(Path directory, String table) {
        return directory.resolve(table + ".copy");
    }
}
