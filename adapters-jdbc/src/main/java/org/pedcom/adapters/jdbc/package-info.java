/**
 * «Хранилище дел сообществ»: persistence of community records in PostgreSQL (14 and newer) or H2 over plain JDBC.
 *
 * <p>{@link org.pedcom.adapters.jdbc.Communities} is the port, named in the domain's words; a portal may implement
 * it itself. {@link org.pedcom.adapters.jdbc.JdbcCommunities} implements it over a {@link javax.sql.DataSource};
 * {@link org.pedcom.adapters.jdbc.PedcomSchema} creates and upgrades the tables with Flyway. Failures are
 * {@link org.pedcom.adapters.jdbc.StorageException}s; concurrent writers meet
 * {@link org.pedcom.adapters.jdbc.CommunityConflictException}.
 *
 * <p>Everything in {@code internal} may change without notice.
 */
package org.pedcom.adapters.jdbc;
