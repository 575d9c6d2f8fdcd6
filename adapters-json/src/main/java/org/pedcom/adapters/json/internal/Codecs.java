package org.pedcom.adapters.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.pedcom.calendar.SchoolYear;

/** The codecs of scalars and collections every object codec is made of. */
public final class Codecs {

    private Codecs() {
    }

    /** A string that is not blank. */
    public static final Codec<String> TEXT = new Codec<>("непустая строка", "a non-blank string") {
        @Override
        public void write(String value, JsonGenerator g) throws IOException {
            g.writeString(value);
        }

        @Override
        public String read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return mismatch(p, r);
            }
            String s = p.getText();
            if (s.isBlank()) {
                r.problem(p, "пустая строка недопустима", "must not be blank");
                return null;
            }
            return s;
        }
    };

    /** A stable code: lower-case latin letters, digits, '.', '-', '_', starting with a letter or digit. */
    public static final Codec<String> CODE = new Codec<>("код (строчные латинские буквы, цифры, '.', '-', '_')",
            "a code (lower-case latin letters, digits, '.', '-', '_')") {
        @Override
        public void write(String value, JsonGenerator g) throws IOException {
            g.writeString(value);
        }

        @Override
        public String read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return mismatch(p, r);
            }
            String s = p.getText();
            return isCode(s) ? s : invalid(p, r, s);
        }
    };

    private static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern SCHOOL_YEAR_PATTERN = Pattern.compile("\\d{4}/\\d{4}");
    private static final Pattern PERIOD_PATTERN = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");

    public static boolean isCode(String s) {
        return CODE_PATTERN.matcher(s).matches();
    }

    public static final Codec<Boolean> BOOLEAN = new Codec<>("true или false", "true or false") {
        @Override
        public void write(Boolean value, JsonGenerator g) throws IOException {
            g.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser p, Reading r) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            return mismatch(p, r);
        }
    };

    public static final Codec<BigDecimal> DECIMAL = new Codec<>("число", "a number") {
        @Override
        public void write(BigDecimal value, JsonGenerator g) throws IOException {
            g.writeNumber(value);
        }

        @Override
        public BigDecimal read(JsonParser p, Reading r) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return mismatch(p, r);
            }
            return p.getDecimalValue();
        }
    };

    /** An integer in {@code [min, max]}. */
    public static Codec<Integer> integer(int min, int max) {
        String range = "[" + min + ", " + max + "]";
        return new Codec<>("целое число из " + range, "an integer in " + range) {
            @Override
            public void write(Integer value, JsonGenerator g) throws IOException {
                g.writeNumber(value);
            }

            @Override
            public Integer read(JsonParser p, Reading r) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    return mismatch(p, r);
                }
                if (p.getNumberType() != JsonParser.NumberType.INT) {
                    return invalid(p, r, p.getText());
                }
                int v = p.getIntValue();
                return v < min || v > max ? invalid(p, r, p.getText()) : v;
            }
        };
    }

    /** {@code 2024-09-01}: exactly ISO-8601 calendar date, four-digit year. */
    public static final Codec<LocalDate> DATE = new Codec<>("дата ГГГГ-ММ-ДД", "a date YYYY-MM-DD") {
        @Override
        public void write(LocalDate value, JsonGenerator g) throws IOException {
            int y = value.getYear();
            if (y < 0 || y > 9999) {
                g.writeString(value.toString());
                return;
            }
            // the ten characters straight into the generator: no StringBuilder and String per date written
            char[] c = new char[10];
            put(c, 0, y, 4);
            c[4] = '-';
            put(c, 5, value.getMonthValue(), 2);
            c[7] = '-';
            put(c, 8, value.getDayOfMonth(), 2);
            g.writeString(c, 0, 10);
        }

        @Override
        public LocalDate read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return mismatch(p, r);
            }
            // parsed from the parser's own buffer: a String is made only to quote a bad date
            LocalDate d = parseDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            return d != null ? d : invalid(p, r, p.getText());
        }
    };

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Parses {@code YYYY-MM-DD} strictly, or returns null. */
    public static LocalDate parseDate(String s) {
        return parseDate(s.toCharArray(), 0, s.length());
    }

    private static LocalDate parseDate(char[] s, int at, int length) {
        if (length != 10 || s[at + 4] != '-' || s[at + 7] != '-') {
            return null;
        }
        int y = digits(s, at, at + 4);
        int m = digits(s, at + 5, at + 7);
        int d = digits(s, at + 8, at + 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(char[] s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** {@code 09-15}: a day of the year, month then day; 29 February is a real day but not a yearly one. */
    public static final Codec<MonthDay> MONTH_DAY = new Codec<>("день года ММ-ДД", "a day of the year MM-DD") {
        @Override
        public void write(MonthDay value, JsonGenerator g) throws IOException {
            g.writeString(format(value));
        }

        @Override
        public MonthDay read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return mismatch(p, r);
            }
            String s = p.getText();
            MonthDay d = parseMonthDay(s);
            return d != null ? d : invalid(p, r, s);
        }
    };

    public static String format(MonthDay d) {
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        return (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
    }

    /** Parses {@code MM-DD} strictly, or returns null (also for days that do not exist, such as 02-30). */
    public static MonthDay parseMonthDay(String s) {
        if (s.length() != 5 || s.charAt(2) != '-') {
            return null;
        }
        int m = digits(s, 0, 2);
        int d = digits(s, 3, 5);
        if (m < 1 || m > 12 || d < 1) {
            return null;
        }
        try {
            return MonthDay.of(m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code 2024/2025}. */
    public static final Codec<SchoolYear> SCHOOL_YEAR = patterned("учебный год ГГГГ/ГГГГ", "a school year YYYY/YYYY",
            SCHOOL_YEAR_PATTERN, Codecs::parseSchoolYear);

    /**
     * What {@link SchoolYear#parse} accepts of a string that matched the pattern, without its regular expression:
     * a school year is read with every plan, report and order.
     */
    private static SchoolYear parseSchoolYear(String s) {
        int first = digits(s, 0, 4);
        if (digits(s, 5, 9) != first + 1) {
            throw new IllegalArgumentException("SchoolYear: the second year must follow the first");
        }
        return SchoolYear.of(first);
    }

    /** ISO-8601 period: {@code P1Y}, {@code P6M}, {@code P1Y6M}. */
    public static final Codec<Period> PERIOD = patterned("срок ISO-8601 (P1Y, P6M, P1Y6M)", "an ISO-8601 period (P1Y, P6M, P1Y6M)",
            PERIOD_PATTERN, Period::parse);

    /**
     * A value written as its {@code toString()} and read from a string that matches {@code pattern} and that
     * {@code parse} accepts; anything else is a problem at the string's pointer, quoting what was expected.
     */
    private static <V> Codec<V> patterned(String expectedRu, String expectedEn, java.util.regex.Pattern pattern,
                                          Function<String, V> parse) {
        return new Codec<>(expectedRu, expectedEn) {
            @Override
            public void write(V value, JsonGenerator g) throws IOException {
                g.writeString(value.toString());
            }

            @Override
            public V read(JsonParser p, Reading r) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return mismatch(p, r);
                }
                String s = p.getText();
                if (!pattern.matcher(s).matches()) {
                    return invalid(p, r, s);
                }
                try {
                    return parse.apply(s);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    return invalid(p, r, s);
                }
            }
        };
    }

    /**
     * A string turned into a value type by its constructor ({@code WorkerId::new}); the constructor's
     * {@link IllegalArgumentException} becomes a problem at the string's pointer.
     */
    public static <V> Codec<V> mapped(Codec<String> text, Function<String, V> of, Function<V, String> value,
                                      String expectedRu, String expectedEn) {
        return new Codec<>(expectedRu, expectedEn) {
            @Override
            public void write(V v, JsonGenerator g) throws IOException {
                g.writeString(value.apply(v));
            }

            @Override
            public V read(JsonParser p, Reading r) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return mismatch(p, r);
                }
                String s = text.read(p, r);
                if (s == null) {
                    return null;
                }
                try {
                    return of.apply(s);
                } catch (IllegalArgumentException e) {
                    String[] m = Messages.fromCore(e, r.inPersonalData());
                    r.problem(p, m[0], m[1]);
                    return null;
                }
            }
        };
    }

    /**
     * A list, read as an immutable list that core's {@code List.copyOf} keeps as is instead of copying it once more.
     */
    public static <E> Codec<List<E>> list(Codec<E> element) {
        return new Codec<>("массив: " + element.expectedRu(), "an array of " + element.expectedEn()) {
            @Override
            public void write(List<E> value, JsonGenerator g) throws IOException {
                g.writeStartArray(value, value.size());
                for (int i = 0, n = value.size(); i < n; i++) {
                    element.write(value.get(i), g);
                }
                g.writeEndArray();
            }

            @Override
            public List<E> read(JsonParser p, Reading r) throws IOException {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    return mismatch(p, r);
                }
                return readItems(p, r, element, false, Codecs::immutableList);
            }
        };
    }

    /** A set, written in {@code order} so that output is stable; a repeated item is a problem. */
    public static <E> SetCodec<E> set(Codec<E> element, Comparator<? super E> order) {
        return new SetCodec<>(element, order);
    }

    /** A set, read as an immutable set that core's {@code Set.copyOf} keeps as is instead of hashing it twice more. */
    public static final class SetCodec<E> extends Codec<Set<E>> {
        private final Codec<E> element;
        private final Comparator<? super E> order;

        SetCodec(Codec<E> element, Comparator<? super E> order) {
            super("массив без повторов: " + element.expectedRu(), "an array without repeats of " + element.expectedEn());
            this.element = element;
            this.order = order;
        }

        @Override
        public void write(Set<E> value, JsonGenerator g) throws IOException {
            g.writeStartArray(value, value.size());
            if (value.size() > 1) {
                @SuppressWarnings("unchecked")
                E[] sorted = (E[]) value.toArray();
                Arrays.sort(sorted, order);
                for (E e : sorted) {
                    element.write(e, g);
                }
            } else {
                for (E e : value) {
                    element.write(e, g);
                }
            }
            g.writeEndArray();
        }

        @Override
        public Set<E> read(JsonParser p, Reading r) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return mismatch(p, r);
            }
            return readItems(p, r, element, true, Codecs::immutableSet);
        }
    }

    /**
     * Up to this many items, a repeat in a set is looked for among the earlier items by their hash codes (ids cache
     * theirs in the string), not in a hash set of its own: sets are small, and Set.of hashes them anyway.
     */
    private static final int LINEAR_SEARCH = 32;

    /**
     * The one loop of the list and set codecs, from the array's opening bracket to its closing one: a null item is a
     * problem, and with {@code distinct} so is an item equal to an earlier one, each at its own pointer and line.
     * The items go into a plain array that {@code collect} turns into the collection; null after any problem.
     */
    private static <E, C> C readItems(JsonParser p, Reading r, Codec<E> element, boolean distinct,
                                      Collector<C> collect) throws IOException {
        Object[] items = NO_ITEMS;
        int[] hashes = null;
        Set<Object> seen = null;
        int n = 0;
        int before = r.problemCount();
        r.push(0);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), r.next()) {
            if (t == JsonToken.VALUE_NULL) {
                r.problem(p, "null недопустим в массиве", "null is not allowed in an array");
                continue;
            }
            E e = element.read(p, r);
            if (e == null) {
                continue;
            }
            int hash = 0;
            if (distinct) {
                boolean repeated = false;
                if (seen != null) {
                    repeated = !seen.add(e);
                } else {
                    hash = e.hashCode();
                    for (int i = 0; i < n; i++) {
                        if (hashes[i] == hash && items[i].equals(e)) {
                            repeated = true;
                            break;
                        }
                    }
                    if (!repeated && n == LINEAR_SEARCH) {
                        seen = new HashSet<>(Arrays.asList(items).subList(0, n));
                        seen.add(e);
                    }
                }
                if (repeated) {
                    r.problem(p, "элемент повторяется", "the item occurs twice");
                    continue;
                }
            }
            if (n == items.length) {
                items = Arrays.copyOf(items, Math.max(4, n * 2));
                if (distinct && seen == null) {
                    hashes = hashes == null ? new int[items.length] : Arrays.copyOf(hashes, items.length);
                }
            }
            if (seen == null && distinct) {
                hashes[n] = hash;
            }
            items[n++] = e;
        }
        r.pop();
        return r.problemCount() == before ? collect.of(items, n) : null;
    }

    private static final Object[] NO_ITEMS = {};

    /** Makes the collection of the first {@code n} items of {@code items}, which the collection may keep. */
    @FunctionalInterface
    private interface Collector<C> {
        C of(Object[] items, int n);
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> immutableList(Object[] items, int n) {
        return (List<E>) switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(items[0]);
            case 2 -> List.of(items[0], items[1]);
            default -> List.of(n == items.length ? items : Arrays.copyOf(items, n));
        };
    }

    /** The items hold no repeats any more, so {@code Set.of} cannot refuse them. */
    @SuppressWarnings("unchecked")
    private static <E> Set<E> immutableSet(Object[] items, int n) {
        return (Set<E>) switch (n) {
            case 0 -> Set.of();
            case 1 -> Set.of(items[0]);
            case 2 -> Set.of(items[0], items[1]);
            default -> Set.of(n == items.length ? items : Arrays.copyOf(items, n));
        };
    }

    /** A JSON object used as a map from codes to values, written with sorted keys; a repeated key is a problem. */
    public static <V> Codec<Map<String, V>> map(Codec<V> value, boolean keysAreCodes) {
        return new Codec<>("объект «ключ: значение»", "an object of key: value") {
            @Override
            public void write(Map<String, V> map, JsonGenerator g) throws IOException {
                g.writeStartObject();
                for (Map.Entry<String, V> e : new TreeMap<>(map).entrySet()) {
                    g.writeFieldName(e.getKey());
                    value.write(e.getValue(), g);
                }
                g.writeEndObject();
            }

            @Override
            public Map<String, V> read(JsonParser p, Reading r) throws IOException {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    return mismatch(p, r);
                }
                Map<String, V> result = new LinkedHashMap<>();
                int before = r.problemCount();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    r.push(key);
                    if (result.containsKey(key)) {
                        r.problem(p, "ключ «" + Messages.clip(key) + "» повторяется", "key '" + Messages.clip(key) + "' occurs twice");
                        p.skipChildren();
                    } else if (keysAreCodes && !isCode(key)) {
                        r.problem(p, "ключ «" + Messages.clip(key) + "» должен быть кодом: строчные латинские буквы, цифры, '.', '-', '_'",
                                "key '" + Messages.clip(key) + "' must be a code: lower-case latin letters, digits, '.', '-', '_'");
                        p.skipChildren();
                    } else if (p.currentToken() == JsonToken.VALUE_NULL) {
                        r.problem(p, "значение обязательно, получено null", "a value is required, got null");
                    } else {
                        result.put(key, value.read(p, r));
                    }
                    r.pop();
                }
                return r.problemCount() == before ? result : null;
            }
        };
    }
}
