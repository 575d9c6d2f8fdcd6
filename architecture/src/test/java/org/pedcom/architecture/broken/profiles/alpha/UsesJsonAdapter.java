package org.pedcom.architecture.broken.profiles.alpha;

import org.pedcom.architecture.broken.adapters.json.JsonThing;

/** Fixture: a profile that wrongly uses an adapter. */
public class UsesJsonAdapter {
    JsonThing thing = new JsonThing();
}
