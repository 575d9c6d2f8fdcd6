package org.pedcom.samples.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The smallest {@link DataSource} over a JDBC URL: a command that runs once needs no pool. The drivers (H2 and
 * PostgreSQL) are on the class path of the runnable jar.
 */
final class UrlDataSource implements DataSource {

    /** An embedded H2 file in the working directory: nothing to install. */
    static final String DEFAULT_URL = "jdbc:h2:file:./pedcom-demo";

    private final String url;

    UrlDataSource(String url) {
        if (!url.startsWith("jdbc:")) {
            throw new BadInput("адрес базы должен начинаться с jdbc: — «" + url + "» / the database URL must start with jdbc:");
        }
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        DriverManager.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
