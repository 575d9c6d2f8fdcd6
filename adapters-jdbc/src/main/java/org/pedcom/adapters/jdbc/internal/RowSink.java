package org.pedcom.adapters.jdbc.internal;

/** Where the rows of a record go, each with its values in the order of its table's columns. */
interface RowSink {

    void add(Table table, Object... values);
}
