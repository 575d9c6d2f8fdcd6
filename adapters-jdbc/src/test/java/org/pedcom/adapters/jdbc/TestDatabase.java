package org.pedcom.adapters.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases every test of the suite runs against, each a fresh, migrated database per test.
 *
 * <p>PostgreSQL is a real server (PostgreSQL 17 from Maven Central via zonky's embedded binaries), started once per
 * test JVM and stopped at its end; each test gets a database copied from a migrated template, which is much faster
 * than migrating each time. H2 is in-memory, one database per test.
 */
public enum TestDatabase {

    H2 {
        @Override
        Database create() {
            Database database = createEmpty();
            PedcomSchema.migrate(database.dataSource());
            return database;
        }

        @Override
        Database createEmpty() {
            String name = "pedcom_test_" + COUNTER.incrementAndGet();
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return new Database(this, dataSource, () -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            });
        }

        @Override
        void dropConnection(Connection connection) throws SQLException {
            // Embedded H2 has no network to cut: closing the session is the nearest thing, and rolls it back.
            connection.close();
        }

        @Override
        DataSource unreachable() {
            // The embedded database's file is gone; a TCP URL would do too, but H2 retries it for seconds.
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:./target/no-such-directory/pedcom;IFEXISTS=TRUE");
            return dataSource;
        }

        @Override
        OptionalInt serverSideCursors(Connection connection) {
            return OptionalInt.empty();
        }
    },

    POSTGRESQL {
        @Override
        Database create() {
            String name = "pedcom_test_" + COUNTER.incrementAndGet();
            Postgres.execute("CREATE DATABASE " + name + " TEMPLATE " + Postgres.TEMPLATE);
            return new Database(this, Postgres.dataSource(name),
                    () -> Postgres.execute("DROP DATABASE " + name + " WITH (FORCE)"));
        }

        @Override
        Database createEmpty() {
            String name = "pedcom_test_" + COUNTER.incrementAndGet();
            Postgres.execute("CREATE DATABASE " + name);
            return new Database(this, Postgres.dataSource(name),
                    () -> Postgres.execute("DROP DATABASE " + name + " WITH (FORCE)"));
        }

        @Override
        void dropConnection(Connection connection) throws SQLException {
            int pid;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            try (Connection admin = Postgres.server().getPostgresDatabase().getConnection();
                 PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
                kill.setInt(1, pid);
                try (ResultSet rs = kill.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        throw new IllegalStateException("backend " + pid + " did not terminate");
                    }
                }
            }
        }

        @Override
        DataSource unreachable() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {"localhost"});
            dataSource.setPortNumbers(new int[] {freePort()});
            dataSource.setDatabaseName("nowhere");
            dataSource.setUser("postgres");
            dataSource.setConnectTimeout(5);
            return dataSource;
        }

        @Override
        OptionalInt serverSideCursors(Connection connection) throws SQLException {
            // pg_cursors lists the session's open portals, including those of the extended query protocol.
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM pg_cursors")) {
                rs.next();
                return OptionalInt.of(rs.getInt(1));
            }
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A fresh database with the pedcom schema; close it to drop it. */
    abstract Database create();

    /** A fresh database without any table; close it to drop it. */
    abstract Database createEmpty();

    /**
     * Breaks {@code connection} the way a network failure or an administrator would: on PostgreSQL the server
     * terminates the backend, on H2 the session is closed underneath the adapter.
     */
    abstract void dropConnection(Connection connection) throws SQLException;

    /** A data source whose server does not answer: nothing listens on its port. */
    abstract DataSource unreachable();

    /** How many server-side cursors the session of {@code connection} has open; empty for an embedded database. */
    abstract OptionalInt serverSideCursors(Connection connection) throws SQLException;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database for one test. */
    record Database(TestDatabase kind, DataSource dataSource, Dropper dropper) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            dropper.drop();
        }
    }

    @FunctionalInterface
    interface Dropper {
        void drop() throws SQLException;
    }

    /** The embedded PostgreSQL server of this JVM. */
    static final class Postgres {

        static final String TEMPLATE = "pedcom_template";
        private static EmbeddedPostgres server;

        private Postgres() {
        }

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    // A throwaway server: durability buys nothing here and costs the bulk tests much of their time.
                    server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("fsync", "off")
                            .setServerConfig("synchronous_commit", "off")
                            .setServerConfig("full_page_writes", "off")
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("embedded PostgreSQL did not start", e);
                }
                execute("CREATE DATABASE " + TEMPLATE);
                PedcomSchema.migrate(dataSource(TEMPLATE));
            }
            return server;
        }

        static DataSource dataSource(String database) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {"localhost"});
            dataSource.setPortNumbers(new int[] {server().getPort()});
            dataSource.setDatabaseName(database);
            dataSource.setUser("postgres");
            // As the README recommends: batches become multi-row inserts, and the driver's messages quote no values.
            dataSource.setReWriteBatchedInserts(true);
            dataSource.setLogServerErrorDetail(false);
            return dataSource;
        }

        static void execute(String sql) {
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }
    }
}
