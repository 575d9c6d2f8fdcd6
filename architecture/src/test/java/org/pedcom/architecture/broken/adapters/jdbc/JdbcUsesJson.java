package org.pedcom.architecture.broken.adapters.jdbc;

import org.pedcom.architecture.broken.adapters.json.JsonThing;

/** Fixture: an adapter that wrongly uses another adapter. */
public class JdbcUsesJson {
    JsonThing thing = new JsonThing();
}
