package org.pedcom.architecture.broken.adapters.json;

/** Fixture: an adapter class. */
public class JsonThing {
}
