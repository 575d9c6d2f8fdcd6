package org.pedcom.calendar;

import java.util.Arrays;

import org.pedcom.internal.Require;

/**
 * The kinds of period a regulation counts in. {@link #code()} is the stable external name used in JSON and SQL.
 */
public enum PeriodKind {
    /** «учебный год»: 1 September to 31 August. */
    SCHOOL_YEAR("school-year", "учебный год"),
    /** «полугодие» of the school year: September–December and January–August. */
    HALF_YEAR("half-year", "полугодие"),
    /** «четверть»: an academic quarter, dated by each school ({@link TermCalendar}). */
    ACADEMIC_QUARTER("academic-quarter", "четверть"),
    /** «квартал» in the sense of Civil Code art. 192: three months counted from 1 January. */
    CALENDAR_QUARTER("calendar-quarter", "квартал"),
    /** «месяц»: a calendar month. */
    MONTH("month", "месяц");

    private final String code;
    private final String russianName;

    PeriodKind(String code, String russianName) {
        this.code = code;
        this.russianName = russianName;
    }

    public String code() {
        return code;
    }

    public String russianName() {
        return russianName;
    }

    public static PeriodKind fromCode(String code) {
        Require.nonNull(code, "PeriodKind.code");
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("PeriodKind.code: неизвестный вид периода '" + code
                        + "' / unknown period kind '" + code + "', known: " + Arrays.stream(values()).map(PeriodKind::code).toList()));
    }
}
