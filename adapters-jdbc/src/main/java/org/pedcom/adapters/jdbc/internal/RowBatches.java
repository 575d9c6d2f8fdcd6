package org.pedcom.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rows of one or more records and inserts them table by table, parents first, as JDBC batches: one
 * round trip per table and batch instead of one per row.
 */
final class RowBatches implements RowSink {

    /** Rows per executed batch: enough to amortise round trips, few enough to bound the driver's buffers. */
    private static final int ROWS_PER_BATCH = 1000;

    private final Map<Table, List<Object[]>> rows = new HashMap<>();
    private Table current;

    @Override
    public void add(Table table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    /** Inserts every collected row and forgets them. */
    void insert(Connection connection) throws SQLException {
        insert(connection, Tables.COMMUNITY);
        for (Table table : Tables.PARTS) {
            insert(connection, table);
        }
        for (Table table : Tables.PACKS) {
            insert(connection, table);
        }
        rows.clear();
        current = null;
    }

    private void insert(Connection connection, Table table) throws SQLException {
        List<Object[]> pending = rows.get(table);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        current = table;
        try (PreparedStatement statement = connection.prepareStatement(table.insertSql())) {
            int batched = 0;
            for (Object[] values : pending) {
                Jdbc.bind(statement, table, values);
                statement.addBatch();
                if (++batched == ROWS_PER_BATCH) {
                    statement.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                statement.executeBatch();
            }
        }
    }

    /** The table whose insert was under way when {@link #insert} failed; null before and after. */
    Table currentTable() {
        return current;
    }
}
