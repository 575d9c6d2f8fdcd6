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

    /** A length of time in Russian words: «1 год», «2 года 1 день», «6 месяцев». */
    public static String ru(java.time.Period period) {
        java.time.Period p = period.normalized();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(count(p.getYears(), "год", "года", "лет"));
        }
        if (p.getMonths() != 0) {
            parts.add(count(p.getMonths(), "месяц", "месяца", "месяцев"));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(count(p.getDays(), "день", "дня", "дней"));
        }
        return String.join(" ", parts);
    }

    /** A date as Russian documents write it: 23.03.2020. */
    public static String ru(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return RUSSIAN_DATE.format(date);
        }
        // by hand: every obligation and finding prints dates, and the formatter costs more than the judging
        char[] text = {digit(date.getDayOfMonth() / 10), digit(date.getDayOfMonth() % 10), '.',
                digit(date.getMonthValue() / 10), digit(date.getMonthValue() % 10), '.',
                digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10)};
        return new String(text);
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }
}
