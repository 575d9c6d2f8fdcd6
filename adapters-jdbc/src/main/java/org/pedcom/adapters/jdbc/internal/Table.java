package org.pedcom.adapters.jdbc.internal;

import java.sql.JDBCType;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table as the adapter writes and reads it: its columns in the order rows carry their values, and the order in
 * which a record's rows are read back (so lists come back in their stored order). The first column is always the
 * community's identifier.
 */
public final class Table {

    /** A column and the JDBC type its values are bound and read as. */
    record Column(String name, JDBCType type) {
    }

    private final String name;
    private final List<Column> columns;
    private final Map<String, Integer> positions = new HashMap<>();
    private final String orderBy;

    private Table(String name, String orderBy, List<Column> columns) {
        this.name = name;
        this.orderBy = orderBy;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).name(), i);
        }
    }

    static Table of(String name, String orderBy, Column... columns) {
        return new Table(name, orderBy, List.of(columns));
    }

    static Column text(String name) {
        return new Column(name, JDBCType.VARCHAR);
    }

    static Column date(String name) {
        return new Column(name, JDBCType.DATE);
    }

    static Column integer(String name) {
        return new Column(name, JDBCType.INTEGER);
    }

    static Column smallint(String name) {
        return new Column(name, JDBCType.SMALLINT);
    }

    static Column bigint(String name) {
        return new Column(name, JDBCType.BIGINT);
    }

    static Column decimal(String name) {
        return new Column(name, JDBCType.NUMERIC);
    }

    static Column bool(String name) {
        return new Column(name, JDBCType.BOOLEAN);
    }

    static Column binary(String name) {
        return new Column(name, JDBCType.VARBINARY);
    }

    public String name() {
        return name;
    }

    List<Column> columns() {
        // Immutable already (List.copyOf); no wrapper, since reads ask for it once per row.
        return columns;
    }

    int position(String column) {
        Integer p = positions.get(column);
        if (p == null) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return p;
    }

    /** The columns of the order rows are read back in, as {@code ORDER BY} names them. */
    List<String> orderColumns() {
        return List.of(orderBy.split(",\\s*"));
    }

    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    String insertSql() {
        return "INSERT INTO " + name + " (" + columnList() + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The rows of {@code communities} communities, grouped by community, each community's rows in stored order. */
    String selectSql(int communities) {
        return "SELECT " + columnList() + " FROM " + name + " WHERE " + columns.get(0).name() + " IN ("
                + String.join(", ", Collections.nCopies(communities, "?")) + ") ORDER BY " + orderBy;
    }

    /**
     * The rows of the communities whose identifiers are bound as one array parameter, grouped by community, each
     * community's rows in stored order. One text for any number of communities, so that the database can prepare
     * and plan it once per connection rather than plan an IN list of a hundred literals for every chunk.
     */
    String selectAnySql() {
        return "SELECT " + columnList() + " FROM " + name + " WHERE " + columns.get(0).name() + " = ANY (?) ORDER BY "
                + orderBy;
    }

    @Override
    public String toString() {
        return name;
    }
}
