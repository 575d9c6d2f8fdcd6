package org.pedcom.adapters.jdbc;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.pedcom.adapters.jdbc.internal.Failures;

/**
 * «Схема хранилища»: the tables of pedcom, created and upgraded by the versioned SQL migrations in
 * {@value #LOCATION} with Flyway.
 *
 * <p>{@link #migrate(DataSource)} keeps its own history table, {@value #HISTORY_TABLE}, so it lives beside a
 * portal's own Flyway history without touching it, and it accepts a database that already holds the portal's tables.
 * A portal may instead add {@value #LOCATION} to its own Flyway's locations, if its own version numbers do not
 * collide with pedcom's (1, 2, …).
 */
public final class PedcomSchema {

    /** Where the migrations are on the class path, as Flyway writes a location. */
    public static final String LOCATION = "classpath:db/migration/pedcom";

    /** The Flyway history table of pedcom's migrations. */
    public static final String HISTORY_TABLE = "pedcom_schema_history";

    private PedcomSchema() {
    }

    /**
     * Brings the schema of {@code dataSource}'s database (its default schema) to the latest version.
     *
     * @return how many migrations were applied; 0 when it was up to date
     * @throws StorageUnavailableException if the database cannot be reached
     * @throws StorageException            if a migration fails; Flyway rolls back what it can
     */
    public static int migrate(DataSource dataSource) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource: значение обязательно / is required");
        }
        try {
            return Flyway.configure(PedcomSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .table(HISTORY_TABLE)
                    // A portal's database is not empty; pedcom's history starts before its first migration.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            if (Failures.isConnectionFailure(e)) {
                throw new StorageUnavailableException("Хранилище недоступно: схему pedcom не удалось обновить"
                        + " / storage unavailable: the pedcom schema could not be migrated", e);
            }
            throw new StorageException("Схему pedcom не удалось обновить / the pedcom schema could not be migrated",
                    e);
        }
    }
}
