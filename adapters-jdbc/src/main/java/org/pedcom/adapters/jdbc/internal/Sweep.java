package org.pedcom.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;

import org.pedcom.adapters.jdbc.StorageException;
import org.pedcom.record.CommunityRecord;

/**
 * A streaming read of many communities: a forward-only cursor over their header rows, fetched {@code chunk} at a
 * time, and for each chunk one query per part table. At most one chunk of records is in memory, however many
 * communities match.
 *
 * <p>Why chunks rather than the alternatives: a query per record costs some thirty round trips per community; one
 * ordered cursor per table, merged in step, keeps thirty cursors open and leans on every table being sorted by the
 * same collation. A chunk costs thirty round trips per hundred communities and needs no ordering but its own.
 *
 * <p>The whole sweep is one read-only snapshot transaction, so every record is as some single save left it. On
 * PostgreSQL the cursor is a server-side portal (auto-commit off, fetch size = chunk); H2 runs in the same JVM and
 * buffers a result only up to its MAX_MEMORY_ROWS before spilling to disk.
 */
final class Sweep implements Spliterator<CommunityRecord> {

    private final Transactions transactions;
    private final Doing doing;
    private final String sql;
    private final List<String> parameters;
    private final int chunk;
    private final Deque<CommunityRecord> ready = new ArrayDeque<>();

    private Connection connection;
    private Transactions.Restorer restorer;
    private PreparedStatement statement;
    private ResultSet headers;
    private boolean exhausted;
    private boolean released;

    Sweep(Transactions transactions, Doing doing, String sql, List<String> parameters, int chunk) {
        this.transactions = transactions;
        this.doing = doing;
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
        this.chunk = chunk;
    }

    @Override
    public boolean tryAdvance(Consumer<? super CommunityRecord> action) {
        if (ready.isEmpty() && !exhausted) {
            fill();
        }
        CommunityRecord next = ready.poll();
        if (next == null) {
            return false;
        }
        action.accept(next);
        return true;
    }

    private void fill() {
        try {
            if (connection == null) {
                open();
            }
            List<Row> rows = new ArrayList<>(chunk);
            while (rows.size() < chunk && headers.next()) {
                rows.add(Jdbc.read(headers, Tables.COMMUNITY));
            }
            exhausted = rows.size() < chunk;
            ready.addAll(PartReader.records(connection, rows));
            if (exhausted) {
                // Hand the connection back as soon as everything is read, not only when the caller closes.
                release(null);
            }
        } catch (SQLException e) {
            StorageException translated = Failures.translate(e, connection, doing, null, false);
            release(translated);
            throw translated;
        } catch (RuntimeException | Error e) {
            release(e);
            throw e;
        }
    }

    private void open() throws SQLException {
        connection = transactions.open();
        restorer = new Transactions.Restorer(connection);
        transactions.begin(connection, true);
        statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(chunk);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
        headers = statement.executeQuery();
    }

    /** Closes the cursor and returns the connection; idempotent. */
    void close() {
        if (!released) {
            release(null);
        }
    }

    private void release(Throwable pending) {
        if (released) {
            return;
        }
        released = true;
        exhausted = true;
        if (connection == null) {
            return;
        }
        // Collects what goes wrong while closing, so that nothing is swallowed.
        Throwable problems = pending != null ? pending : new Exception("closing");
        closeQuietly(headers, problems);
        closeQuietly(statement, problems);
        Transactions.rollback(connection, problems);
        restorer.restoreAndClose(problems);
        Throwable[] suppressed = problems.getSuppressed();
        if (pending == null && suppressed.length > 0) {
            StorageException failure = new StorageException("Не удалось закрыть чтение: " + doing.russian()
                    + " / could not close " + doing.english(), suppressed[0]);
            for (int i = 1; i < suppressed.length; i++) {
                failure.addSuppressed(suppressed[i]);
            }
            throw failure;
        }
    }

    private static void closeQuietly(AutoCloseable resource, Throwable carrier) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            carrier.addSuppressed(e);
        }
    }

    @Override
    public Spliterator<CommunityRecord> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }
}
