package org.pedcom.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row read back, its values in the order of its table's columns.
 *
 * <p>Values are read by position, resolved once per column with {@link Table#position(String)} into a constant: a
 * sweep reads tens of millions of values, and a lookup by name for each of them was an eighth of its Java time.
 */
final class Row {

    private final Table table;
    private final Object[] values;

    Row(Table table, Object[] values) {
        this.table = table;
        this.values = values;
    }

    private <T> T required(int position, Class<T> type) {
        Object v = values[position];
        if (v == null) {
            // The schema forbids it; only a hand-edited or foreign schema gets here.
            throw new IllegalStateException(table.name() + "." + table.columns().get(position).name() + " is empty");
        }
        return type.cast(v);
    }

    /** The value of a column that groups rows: a {@code String} or an {@code Integer}, never null. */
    Object key(int position) {
        return required(position, Object.class);
    }

    Table table() {
        return table;
    }

    /** The value of a column as read, null for SQL NULL. */
    Object value(int position) {
        return values[position];
    }

    String communityId() {
        return (String) values[0];
    }

    String text(int position) {
        return required(position, String.class);
    }

    Optional<String> optionalText(int position) {
        return Optional.ofNullable((String) values[position]);
    }

    LocalDate date(int position) {
        return required(position, LocalDate.class);
    }

    Optional<LocalDate> optionalDate(int position) {
        return Optional.ofNullable((LocalDate) values[position]);
    }

    int integer(int position) {
        return required(position, Integer.class);
    }

    Optional<Integer> optionalInteger(int position) {
        return Optional.ofNullable((Integer) values[position]);
    }

    long bigint(int position) {
        return required(position, Long.class);
    }

    BigDecimal decimal(int position) {
        return required(position, BigDecimal.class);
    }

    boolean bool(int position) {
        return required(position, Boolean.class);
    }
}
