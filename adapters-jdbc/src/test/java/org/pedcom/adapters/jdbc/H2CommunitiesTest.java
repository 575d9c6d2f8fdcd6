package org.pedcom.adapters.jdbc;

/** The suite on H2, in-memory, in its regular mode. */
class H2CommunitiesTest extends CommunitiesContract {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }
}
