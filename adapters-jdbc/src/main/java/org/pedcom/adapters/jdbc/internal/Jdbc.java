package org.pedcom.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.pedcom.adapters.jdbc.RecordRejectedException;

/** Binds and reads values by the JDBC type of their column, the same way on every database. */
final class Jdbc {

    /** The years every supported database stores as a DATE. */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    private Jdbc() {
    }

    static void bind(PreparedStatement statement, Table table, Object[] values) throws SQLException {
        List<Table.Column> columns = table.columns();
        if (values.length != columns.size()) {
            throw new IllegalStateException(table.name() + ": " + values.length + " values for " + columns.size()
                    + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Table.Column column = columns.get(i);
            if (values[i] instanceof LocalDate date && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
                // Refused here, because PostgreSQL's own error would quote the date, and it may be a birth date.
                throw new RecordRejectedException("Сообщество '" + values[0] + "': дата в " + table.name() + "."
                        + column.name() + " вне диапазона 0001–9999; ничего не записано / community '" + values[0]
                        + "': a date in " + table.name() + "." + column.name() + " is outside 0001–9999; nothing was"
                        + " written");
            }
            bind(statement, i + 1, column, values[i]);
        }
    }

    private static void bind(PreparedStatement statement, int index, Table.Column column, Object value)
            throws SQLException {
        if (value == null) {
            // Typed, because PostgreSQL will not guess the type of a bare NULL for a DATE or INTEGER column.
            statement.setNull(index, column.type().getVendorTypeNumber());
            return;
        }
        switch (column.type()) {
            case VARCHAR -> statement.setString(index, (String) value);
            case DATE -> statement.setObject(index, (LocalDate) value);
            case INTEGER, SMALLINT -> statement.setInt(index, (Integer) value);
            case BIGINT -> statement.setLong(index, (Long) value);
            case NUMERIC -> statement.setBigDecimal(index, (BigDecimal) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case VARBINARY -> statement.setBytes(index, (byte[]) value);
            default -> throw new IllegalStateException("unsupported column type " + column);
        }
    }

    /** The current row of {@code rs}, whose columns are those of {@code table} in order. */
    static Row read(ResultSet rs, Table table) throws SQLException {
        List<Table.Column> columns = table.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            int index = i + 1;
            values[i] = switch (columns.get(i).type()) {
                case VARCHAR -> rs.getString(index);
                case DATE -> rs.getObject(index, LocalDate.class);
                case INTEGER, SMALLINT -> nullable(rs, rs.getInt(index));
                case BIGINT -> nullable(rs, rs.getLong(index));
                case NUMERIC -> rs.getBigDecimal(index);
                case BOOLEAN -> nullable(rs, rs.getBoolean(index));
                case VARBINARY -> rs.getBytes(index);
                default -> throw new IllegalStateException("unsupported column type " + columns.get(i));
            };
        }
        return new Row(table, values);
    }

    private static <T> T nullable(ResultSet rs, T value) throws SQLException {
        return rs.wasNull() ? null : value;
    }
}
