package org.pedcom.adapters.jdbc.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One row read back, its values in the order of its table's columns. */
final class Row {

    private final Table table;
    private final Object[] values;

    Row(Table table, Object[] values) {
        this.table = table;
        this.values = values;
    }

    private Object value(String column) {
        return values[table.position(column)];
    }

    private <T> T required(String column, Class<T> type) {
        Object v = value(column);
        if (v == null) {
            // The schema forbids it; only a hand-edited or foreign schema gets here.
            throw new IllegalStateException(table.name() + "." + column + " is empty");
        }
        return type.cast(v);
    }

    String communityId() {
        return (String) values[0];
    }

    String text(String column) {
        return required(column, String.class);
    }

    Optional<String> optionalText(String column) {
        return Optional.ofNullable((String) value(column));
    }

    LocalDate date(String column) {
        return required(column, LocalDate.class);
    }

    Optional<LocalDate> optionalDate(String column) {
        return Optional.ofNullable((LocalDate) value(column));
    }

    int integer(String column) {
        return required(column, Integer.class);
    }

    Optional<Integer> optionalInteger(String column) {
        return Optional.ofNullable((Integer) value(column));
    }

    long bigint(String column) {
        return required(column, Long.class);
    }

    BigDecimal decimal(String column) {
        return required(column, BigDecimal.class);
    }

    boolean bool(String column) {
        return required(column, Boolean.class);
    }
}
