package org.pedcom.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.pedcom.record.CommunityRecord;

/** Stores records as the adapter did before schema V2: part rows only, no packs. For migration tests. */
public final class V1Era {

    private V1Era() {
    }

    /** Inserts the rows of {@code records} at version 1 in one transaction, as the V1 adapter's import did. */
    public static void store(DataSource dataSource, List<CommunityRecord> records) throws SQLException {
        RowBatches batches = new RowBatches();
        for (CommunityRecord record : records) {
            RecordRows.write(record, 1, batches);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            batches.insert(connection);
            connection.commit();
        }
    }
}
