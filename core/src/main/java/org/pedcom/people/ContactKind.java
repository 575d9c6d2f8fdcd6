package org.pedcom.people;

/** How a worker can be reached. */
public enum ContactKind {
    EMAIL,
    PHONE,
    POSTAL_ADDRESS,
    OTHER
}
