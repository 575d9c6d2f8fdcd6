package org.pedcom.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.pedcom.adapters.jdbc.StorageException;

/**
 * Runs work in one transaction on a connection of the {@link DataSource}, and hands the connection back as it found
 * it (auto-commit, isolation, read-only), because it usually goes back to a pool.
 *
 * <p>Writes run in READ COMMITTED: the version check in the first statement locks the community row, so two
 * writers of one community are serialised by the database. Reads run in a snapshot (REPEATABLE READ on PostgreSQL,
 * SERIALIZABLE on H2, whose REPEATABLE READ is no snapshot across tables), so that a record is never assembled from
 * rows of two different saves.
 */
final class Transactions {

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private volatile Integer snapshotIsolation;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T write(Doing doing, Supplier<Table> failedTable, Work<T> work) {
        return run(doing, false, failedTable, work);
    }

    <T> T read(Doing doing, Work<T> work) {
        return run(doing, true, () -> null, work);
    }

    private <T> T run(Doing doing, boolean readOnly, Supplier<Table> failedTable, Work<T> work) {
        Connection connection = open();
        Restorer restorer = new Restorer(connection);
        Throwable failure = null;
        boolean committing = false;
        try {
            begin(connection, readOnly);
            T result = work.run(connection);
            committing = true;
            connection.commit();
            return result;
        } catch (SQLException e) {
            RuntimeException translated = Failures.translate(e, connection, doing, failedTable.get(), committing);
            failure = translated;
            if (!committing) {
                rollback(connection, translated);
            }
            throw translated;
        } catch (RuntimeException | Error e) {
            failure = e;
            rollback(connection, e);
            throw e;
        } finally {
            restorer.restoreAndClose(failure);
        }
    }

    /** A connection of the data source; the caller closes it. */
    Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw Failures.cannotConnect(e);
        }
    }

    /** Starts a transaction on {@code connection}: a snapshot for reads, READ COMMITTED for writes. */
    void begin(Connection connection, boolean readOnly) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(readOnly ? snapshotIsolation(connection)
                : Connection.TRANSACTION_READ_COMMITTED);
        connection.setReadOnly(readOnly);
    }

    private int snapshotIsolation(Connection connection) throws SQLException {
        Integer level = snapshotIsolation;
        if (level == null) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            // PostgreSQL's REPEATABLE READ is a snapshot that never fails a read-only transaction; elsewhere only
            // SERIALIZABLE promises a snapshot across tables.
            level = product.contains("postgresql") ? Connection.TRANSACTION_REPEATABLE_READ
                    : Connection.TRANSACTION_SERIALIZABLE;
            snapshotIsolation = level;
        }
        return level;
    }

    /** Rolls back; a failure to do so (the connection is gone, say) is kept with the original failure. */
    static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Remembers a connection's settings and puts them back before closing it. */
    static final class Restorer {
        private final Connection connection;
        private boolean autoCommit = true;
        private int isolation = Connection.TRANSACTION_READ_COMMITTED;
        private boolean readOnly;
        private SQLException unreadable;

        Restorer(Connection connection) {
            this.connection = connection;
            try {
                autoCommit = connection.getAutoCommit();
                isolation = connection.getTransactionIsolation();
                readOnly = connection.isReadOnly();
            } catch (SQLException e) {
                unreadable = e;
            }
        }

        /**
         * Restores and closes. A failure here is attached to {@code pending} if the work failed already; otherwise
         * it is thrown, since a connection that cannot be reset must not silently go back to a pool.
         */
        void restoreAndClose(Throwable pending) {
            SQLException problem = unreadable;
            try {
                if (!connection.isClosed()) {
                    connection.setReadOnly(readOnly);
                    connection.setTransactionIsolation(isolation);
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                problem = add(problem, e);
            }
            try {
                connection.close();
            } catch (SQLException e) {
                problem = add(problem, e);
            }
            if (problem == null) {
                return;
            }
            if (pending != null) {
                pending.addSuppressed(problem);
            } else {
                throw new StorageException("Работа выполнена, но соединение с базой данных не удалось вернуть в"
                        + " исходное состояние / the work succeeded, but the database connection could not be reset",
                        problem);
            }
        }

        private static SQLException add(SQLException first, SQLException next) {
            if (first == null) {
                return next;
            }
            first.addSuppressed(next);
            return first;
        }
    }
}
