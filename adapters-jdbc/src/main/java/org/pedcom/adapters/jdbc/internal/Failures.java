package org.pedcom.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

import org.pedcom.adapters.jdbc.CommunityConflictException;
import org.pedcom.adapters.jdbc.RecordRejectedException;
import org.pedcom.adapters.jdbc.StorageException;
import org.pedcom.adapters.jdbc.StorageUnavailableException;

/**
 * Turns the driver's {@link SQLException} into the adapter's exceptions by SQL state, keeping it as the cause. The
 * messages never repeat the driver's message: PostgreSQL's may quote a whole row («Failing row contains …»), and a
 * row may hold personal data.
 */
public final class Failures {

    /** PostgreSQL: the server terminated the connection (pg_terminate_backend, shutdown, crash, not accepting). */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    /**
     * H2: connection broken, database closed, closed during shutdown, database not found — H2 reports these with its
     * own codes as SQL state rather than with class 08.
     */
    private static final Set<String> H2_GONE = Set.of("90067", "90098", "90121", "90146");
    /**
     * Another transaction holds the row: serialization failure and deadlock (standard and PostgreSQL), lock not
     * available (PostgreSQL 55P03), lock timeout (H2 reports HYT00 with vendor code 50200).
     */
    private static final Set<String> CONTENTION = Set.of("40001", "40P01", "55P03");
    private static final int H2_LOCK_TIMEOUT = 50200;

    private Failures() {
    }

    /** The first SQL state in the chain: batch failures carry theirs on the next exception. */
    static Optional<String> sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                if (s.getSQLState() != null) {
                    return Optional.of(s.getSQLState());
                }
                SQLException next = s.getNextException();
                if (next != null && next != t.getCause() && next.getSQLState() != null) {
                    return Optional.of(next.getSQLState());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code failure}, or a cause of it, says the database cannot be reached or dropped the connection. */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && connectionLost(sql, null)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUniqueViolation(SQLException e) {
        return sqlState(e).filter("23505"::equals).isPresent();
    }

    static boolean connectionLost(SQLException e, Connection connection) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        String state = sqlState(e).orElse("");
        if (state.startsWith("08") || SERVER_GONE.contains(state) || H2_GONE.contains(state)) {
            return true;
        }
        try {
            return connection != null && connection.isClosed();
        } catch (SQLException closedCheck) {
            e.addSuppressed(closedCheck);
            return true;
        }
    }

    private static boolean contention(SQLException e) {
        String state = sqlState(e).orElse("");
        if (CONTENTION.contains(state)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == H2_LOCK_TIMEOUT && "HYT00".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static StorageUnavailableException cannotConnect(SQLException e) {
        return new StorageUnavailableException("Хранилище недоступно: не удалось подключиться к базе данных"
                + state(e) + " / storage unavailable: could not connect to the database" + state(e), e);
    }

    /**
     * The adapter's exception for {@code e}, raised while {@code doing} on {@code connection}.
     *
     * @param table      the table being written, if known
     * @param committing whether the commit itself failed, so that the outcome is unknown
     */
    static StorageException translate(SQLException e, Connection connection, Doing doing, Table table,
                                      boolean committing) {
        String state = state(e);
        if (connectionLost(e, connection)) {
            String russian;
            String english;
            if (committing) {
                russian = "соединение с базой данных потеряно при фиксации: " + doing.russian()
                        + " — сохранено ли, неизвестно, перечитайте";
                english = "connection to the database lost while committing: " + doing.english()
                        + " may or may not have been stored, read it back";
            } else if (doing.writes()) {
                russian = "соединение с базой данных потеряно: " + doing.russian() + " не выполнено, ничего не записано";
                english = "connection to the database lost: " + doing.english() + " failed, nothing was written";
            } else {
                russian = "соединение с базой данных потеряно: " + doing.russian() + " прервано";
                english = "connection to the database lost: " + doing.english() + " was interrupted";
            }
            return new StorageUnavailableException("Хранилище недоступно, " + russian + state
                    + " / storage unavailable, " + english + state, e);
        }
        if (doing.community() != null && contention(e)) {
            return CommunityConflictException.busy(doing.community(), e);
        }
        String where = table == null ? "" : " (" + table.name() + ")";
        String sqlState = sqlState(e).orElse("");
        if (sqlState.startsWith("22") || sqlState.startsWith("23")) {
            return new RecordRejectedException("База данных отклонила запись: " + doing.russian() + where + ", "
                    + russianReason(sqlState) + state + "; ничего не записано / the database rejected the record: "
                    + doing.english() + where + ", " + englishReason(sqlState) + state + "; nothing was written", e);
        }
        return new StorageException("Ошибка хранилища: " + doing.russian() + where + state + " / storage failure: "
                + doing.english() + where + state, e);
    }

    private static String state(SQLException e) {
        return sqlState(e).map(s -> " (SQLSTATE " + s + ")").orElse("");
    }

    private static String russianReason(String state) {
        return switch (state) {
            case "22001" -> "значение длиннее, чем допускает столбец";
            case "22003" -> "число вне допустимого диапазона";
            case "22007", "22008" -> "недопустимая дата";
            case "23502" -> "не заполнено обязательное значение";
            case "23503" -> "ссылка на несуществующую запись";
            case "23505" -> "такой ключ уже есть";
            case "23513", "23514" -> "нарушено условие проверки";
            default -> "нарушено ограничение схемы";
        };
    }

    private static String englishReason(String state) {
        return switch (state) {
            case "22001" -> "a value is longer than its column allows";
            case "22003" -> "a number is out of range";
            case "22007", "22008" -> "a date is not valid";
            case "23502" -> "a required value is missing";
            case "23503" -> "a reference points to nothing";
            case "23505" -> "the key already exists";
            case "23513", "23514" -> "a check constraint is violated";
            default -> "a schema constraint is violated";
        };
    }
}
