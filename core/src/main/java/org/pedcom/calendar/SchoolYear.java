package org.pedcom.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.pedcom.internal.Require;

/**
 * «Учебный год»: from 1 September of {@code startYear} to 31 August of the next year, named {@code 2024/2025}.
 *
 * <p>1 September is fixed by law (273-ФЗ art. 112 as practised; the regulations all count from it), so unlike
 * academic quarters a school year is not configurable per school.
 *
 * @param startYear the calendar year in which the school year begins, 1900–9998
 */
public record SchoolYear(int startYear) implements Period {

    private static final Pattern NAME = Pattern.compile("(\\d{4})\\s*/\\s*(\\d{4})");

    public SchoolYear {
        Require.inRange(startYear, 1900, 9998, "SchoolYear.startYear");
    }

    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
    }

    public static SchoolYear containing(LocalDate date) {
        Require.nonNull(date, "date");
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses {@code 2024/2025}; the second year must follow the first. */
    public static SchoolYear parse(CharSequence text) {
        Require.nonNull(text, "SchoolYear text");
        Matcher m = NAME.matcher(text.toString().trim());
        // tested first, described only on failure: records carry a school year on every plan, report and order
        if (!m.matches()) {
            Require.fail("SchoolYear", "ожидается формат ГГГГ/ГГГГ, получено '" + text + "'", "expected YYYY/YYYY, got '" + text + "'");
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != first + 1) {
            Require.fail("SchoolYear", "второй год должен следовать за первым: '" + text + "'",
                    "the second year must follow the first: '" + text + "'");
        }
        return new SchoolYear(first);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.SCHOOL_YEAR;
    }

    @Override
    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    @Override
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    @Override
    public DateRange range() {
        return new DateRange(start(), end());
    }

    @Override
    public String label() {
        return startYear + "/" + (startYear + 1) + " учебный год";
    }

    /** The date in this school year that falls on {@code day}: 15 September is in the first calendar year, 1 March in the second. */
    public LocalDate dateOf(MonthDay day) {
        Require.nonNull(day, "day");
        int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? startYear : startYear + 1;
        if (!day.isValidYear(year)) {
            Require.fail("day", day + " не существует в " + year + " году", day + " does not exist in " + year);
        }
        return day.atYear(year);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public List<HalfYear> halfYears() {
        return List.of(new HalfYear(this, 1), new HalfYear(this, 2));
    }

    /** The twelve months from September to August. */
    public List<CalendarMonth> months() {
        YearMonth september = YearMonth.of(startYear, Month.SEPTEMBER);
        return IntStream.range(0, 12).mapToObj(i -> new CalendarMonth(september.plusMonths(i))).toList();
    }

    @Override
    public String toString() {
        return startYear + "/" + (startYear + 1);
    }
}
