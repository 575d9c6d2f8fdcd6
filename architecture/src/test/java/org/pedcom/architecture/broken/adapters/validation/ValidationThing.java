package org.pedcom.architecture.broken.adapters.validation;

/** Fixture: a class of the validation adapter. */
public class ValidationThing {
}
