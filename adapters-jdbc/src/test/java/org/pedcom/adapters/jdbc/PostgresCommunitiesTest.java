package org.pedcom.adapters.jdbc;

/** The suite on a real PostgreSQL 17 server, started by the tests from the embedded binaries. */
class PostgresCommunitiesTest extends CommunitiesContract {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }
}
