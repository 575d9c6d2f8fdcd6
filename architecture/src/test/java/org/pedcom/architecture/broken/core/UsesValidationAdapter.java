package org.pedcom.architecture.broken.core;

import org.pedcom.architecture.broken.adapters.validation.ValidationThing;

/** Fixture: a core class that wrongly uses the validation adapter. */
public class UsesValidationAdapter {
    ValidationThing thing = new ValidationThing();
}
