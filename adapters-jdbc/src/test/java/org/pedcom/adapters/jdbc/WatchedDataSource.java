package org.pedcom.adapters.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A real {@link DataSource} seen through a window: it counts connections and executed statements, lets a test act
 * just before a statement runs (drop the connection, wait for another thread), and counts rows fetched from queries.
 * Nothing is faked: every call reaches the real database.
 */
final class WatchedDataSource implements DataSource {

    /** What a test does just before the {@code n}-th execution (1-based) on one of this source's connections. */
    @FunctionalInterface
    interface BeforeExecution {
        void accept(int n, String sql, Connection real) throws SQLException;
    }

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final DataSource real;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger executions = new AtomicInteger();
    private final Map<String, AtomicLong> rowsFetched = new ConcurrentHashMap<>();
    private volatile BeforeExecution before = (n, sql, c) -> { };
    private final Map<String, Query> queries = new ConcurrentHashMap<>();

    /** How a query was run: what a server-side cursor needs. */
    record Query(String sql, int fetchSize, boolean autoCommit, int resultSetType, Connection connection) {
    }

    WatchedDataSource(DataSource real) {
        this.real = real;
    }

    WatchedDataSource before(BeforeExecution action) {
        this.before = action;
        return this;
    }

    /** Connections handed out and not yet closed. */
    int openConnections() {
        return open.get();
    }

    /** Statements executed so far, commits included. */
    int executions() {
        return executions.get();
    }

    /** Rows fetched with {@code ResultSet.next()} from the queries whose SQL contains {@code fragment}. */
    long rowsFetched(String fragment) {
        return rowsFetched.entrySet().stream().filter(e -> e.getKey().contains(fragment))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    /** The last run of the query whose SQL contains {@code fragment}; its connection is the real one. */
    Query query(String fragment) {
        return queries.values().stream().filter(q -> q.sql().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no query containing " + fragment));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watch(real.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return watch(real.getConnection(username, password));
    }

    private Connection watch(Connection connection) {
        open.incrementAndGet();
        AtomicBoolean counted = new AtomicBoolean(true);
        return proxy(Connection.class, (p, method, args) -> {
            switch (method.getName()) {
                case "close" -> {
                    if (counted.compareAndSet(true, false)) {
                        open.decrementAndGet();
                    }
                }
                case "commit" -> beforeExecution("COMMIT", connection);
                default -> {
                }
            }
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement statement) {
                return watch(statement, (String) args[0], connection);
            }
            if (result instanceof Statement statement) {
                return watch(statement, null, connection);
            }
            return result;
        });
    }

    private Statement watch(Statement statement, String preparedSql, Connection connection) {
        Class<? extends Statement> type = statement instanceof PreparedStatement ? PreparedStatement.class
                : Statement.class;
        return proxy(type, (p, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 ? (String) args[0] : "";
                beforeExecution(sql, connection);
                if (method.getName().equals("executeQuery")) {
                    queries.put(sql, new Query(sql, statement.getFetchSize(), connection.getAutoCommit(),
                            statement.getResultSetType(), connection));
                    return watch((ResultSet) invoke(statement, method, args), sql);
                }
            }
            return invoke(statement, method, args);
        });
    }

    private ResultSet watch(ResultSet resultSet, String sql) {
        AtomicLong rows = rowsFetched.computeIfAbsent(sql, s -> new AtomicLong());
        return proxy(ResultSet.class, (p, method, args) -> {
            Object result = invoke(resultSet, method, args);
            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rows.incrementAndGet();
            }
            return result;
        });
    }

    private void beforeExecution(String sql, Connection connection) throws SQLException {
        before.accept(executions.incrementAndGet(), sql, connection);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(WatchedDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return real.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return real.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return real.isWrapperFor(iface);
    }
}
