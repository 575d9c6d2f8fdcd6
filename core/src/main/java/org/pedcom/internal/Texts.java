package org.pedcom.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formatting shared by messages for people. */
public final class Texts {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Texts() {
    }

    /** {@code n} with the Russian noun form it takes: 1 мероприятие, 2 мероприятия, 5 мероприятий, 21 мероприятие. */
    public static String count(long n, String one, String few, String many) {
        long tens = Math.abs(n) % 100;
        long units = tens % 10;
        String form = tens >= 11 && tens <= 14 ? many : units == 1 ? one : units >= 2 && units <= 4 ? few : many;
        return n + " " + form;
    }

    /** A date as Russian documents write it: 23.03.2020. */
    public static String ru(LocalDate date) {
        return RUSSIAN_DATE.format(date);
    }
}
