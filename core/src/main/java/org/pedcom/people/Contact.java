package org.pedcom.people;

import org.pedcom.internal.Require;

/**
 * A contact of a worker. Personal data: {@link #toString()} never shows the value.
 *
 * @param kind  e-mail, phone, …
 * @param value the address or number
 */
public record Contact(ContactKind kind, String value) {

    public Contact {
        Require.nonNull(kind, "Contact.kind");
        Require.nonBlank(value, "Contact.value");
    }

    @Override
    public String toString() {
        return "Contact[" + kind + ", ***]";
    }
}
