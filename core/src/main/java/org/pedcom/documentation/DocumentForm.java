package org.pedcom.documentation;

/** The medium a document is kept in («в электронном виде» or on paper). */
public enum DocumentForm {
    ELECTRONIC,
    PAPER
}
