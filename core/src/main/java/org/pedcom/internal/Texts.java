package org.pedcom.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formatting shared by messages for people. */
public final class Texts {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Texts() {
    }

    /** A date as Russian documents write it: 23.03.2020. */
    public static String ru(LocalDate date) {
        return RUSSIAN_DATE.format(date);
    }
}
