package org.pedcom.plan;

/** Where a plan was made public (regulation 002, clause 3.6.2). */
public enum PublicationChannel {
    /** «размещение на сайте» of an organisation. */
    WEBSITE,
    /** «опубликование в ежегодном плане работы Управления образования». */
    AUTHORITY_ANNUAL_PLAN,
    /** Any other channel. */
    OTHER
}
