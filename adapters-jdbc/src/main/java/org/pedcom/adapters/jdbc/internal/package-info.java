/**
 * The JDBC machinery behind {@code JdbcCommunities}: how a record becomes rows and back, batches, transactions,
 * sweeps and the translation of SQL failures. Not an API: nothing outside the adapter may use it.
 */
package org.pedcom.adapters.jdbc.internal;
