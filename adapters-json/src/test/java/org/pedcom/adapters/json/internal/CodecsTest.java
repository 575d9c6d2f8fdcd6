package org.pedcom.adapters.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;
import org.pedcom.act.ActKind;
import org.pedcom.adapters.json.JsonProblem;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.people.WorkerId;

class CodecsTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Codec<List<String>> TEXTS = Codecs.list(Codecs.TEXT);
    private static final Codecs.SetCodec<String> CODES = Codecs.set(Codecs.CODE, Comparator.naturalOrder());

    /** What {@code codec} reads from {@code json}, and the problems it records. */
    private record Read<T>(T value, List<JsonProblem> problems) {
    }

    private static <T> Read<T> read(Codec<T> codec, String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            Reading r = Reading.streaming("");
            r.push("items");
            T value = codec.read(p, r);
            return new Read<>(value, r.problems());
        }
    }

    /** A JSON array of the strings, one per line, so that every item has a line of its own (item i on line i + 2). */
    private static String oneItemPerLine(List<String> items) {
        return items.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",\n", "[\n", "\n]"));
    }

    @Test
    void aListIsReadAsAnImmutableListThatCoreKeepsWithoutCopying() throws IOException {
        for (int size : new int[] {0, 1, 2, 3, 4, 5, 17}) {
            List<String> items = IntStream.range(0, size).mapToObj(i -> "item " + i).toList();

            List<String> read = read(TEXTS, oneItemPerLine(items)).value();

            assertThat(read).as("size %d", size).containsExactlyElementsOf(items);
            assertThat(List.copyOf(read)).as("size %d", size).isSameAs(read);
        }
    }

    @Test
    void aSetIsReadAsAnImmutableSetThatCoreKeepsWithoutHashingAgain() throws IOException {
        for (int size : new int[] {0, 1, 2, 3, 8, 9, 20}) {
            List<String> items = IntStream.range(0, size).mapToObj(i -> "c-" + i).toList();

            Set<String> read = read(CODES, oneItemPerLine(items)).value();

            assertThat(read).as("size %d", size).containsExactlyInAnyOrderElementsOf(items);
            assertThat(Set.copyOf(read)).as("size %d", size).isSameAs(read);
        }
    }

    @Test
    void eachRepeatedItemOfASetIsReportedAtItsOwnPointerAndLineInShortAndLongArrays() throws IOException {
        // the first repeats come while repeats are looked for item by item, the last ones after a hash set takes over
        List<String> items = List.of("a", "b", "a", "c", "d", "e", "f", "g", "h", "i", "j", "b", "k", "j");

        Read<Set<String>> read = read(CODES, oneItemPerLine(items));

        assertThat(read.value()).isNull();
        assertThat(read.problems()).extracting(JsonProblem::pointer)
                .containsExactly("/items/2", "/items/11", "/items/13");
        assertThat(read.problems()).extracting(JsonProblem::line).containsExactly(4, 13, 15);
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.message())
                .isEqualTo("элемент повторяется / the item occurs twice"));
    }

    @Test
    void nullItemsAndBadItemsAreReportedAtTheirIndicesAndTheArrayIsGivenUp() throws IOException {
        Read<List<String>> read = read(TEXTS, "[\"a\", null, \" \", \"d\", null]");

        assertThat(read.value()).isNull();
        assertThat(read.problems()).extracting(JsonProblem::pointer).containsExactly("/items/1", "/items/2", "/items/4");
        assertThat(read.problems()).extracting(JsonProblem::message).containsExactly(
                "null недопустим в массиве / null is not allowed in an array",
                "пустая строка недопустима / must not be blank",
                "null недопустим в массиве / null is not allowed in an array");
    }

    @Test
    void aProblemAfterAnArrayIsReportedAtTheFieldNotAtAnIndexOfTheArray() throws IOException {
        try (JsonParser p = FACTORY.createParser("{\"items\": [\"a\", \"b\"], \"next\": null}")) {
            p.nextToken();
            Reading r = Reading.streaming("");
            p.nextToken();
            p.nextToken();
            r.push("items");
            assertThat(TEXTS.read(p, r)).containsExactly("a", "b");
            r.pop();
            p.nextToken();
            p.nextToken();
            r.push("next");
            r.problem(p, "x", "y");

            assertThat(r.problems()).extracting(JsonProblem::pointer).containsExactly("/next");
        }
    }

    private static <T> String written(Codec<T> codec, T value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            codec.write(value, g);
        }
        return out.toString();
    }

    @Test
    void datesAreWrittenAsIsoDatesWithFourDigitYearsAndReadBackFromAnyParser() throws IOException {
        for (LocalDate d : List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 12, 31), LocalDate.of(987, 1, 2),
                LocalDate.of(0, 2, 29), LocalDate.of(9999, 12, 31))) {
            String json = written(Codecs.DATE, d);

            assertThat(json).isEqualTo("\"" + d + "\"");
            assertThat(read(Codecs.DATE, json).value()).isEqualTo(d);
            assertThat(read(Codecs.DATE, "[" + json + "]").problems()).isNotEmpty();
        }
        assertThat(written(Codecs.DATE, LocalDate.of(12345, 6, 7))).isEqualTo("\"+12345-06-07\"");
    }

    @Test
    void aBadDateIsQuotedInTheProblem() throws IOException {
        for (String bad : List.of("2025-02-30", "2025-2-3", "25-02-03", "2025/02/03", "2025-02-03T00:00", "２０２５-02-03")) {
            Read<LocalDate> read = read(Codecs.DATE, "\"" + bad + "\"");

            assertThat(read.value()).as(bad).isNull();
            assertThat(read.problems()).as(bad).singleElement().extracting(JsonProblem::message).asString()
                    .isEqualTo("ожидается дата ГГГГ-ММ-ДД, получено «" + bad + "» / expected a date YYYY-MM-DD, got '" + bad + "'");
        }
    }

    @Test
    void aSchoolYearIsTwoYearsOneAfterTheOtherWithinTheYearsCoreAccepts() throws IOException {
        assertThat(read(Codecs.SCHOOL_YEAR, "\"2024/2025\"").value()).isEqualTo(SchoolYear.of(2024));
        assertThat(read(Codecs.SCHOOL_YEAR, "\"1900/1901\"").value()).isEqualTo(SchoolYear.of(1900));
        for (String bad : List.of("2024/2026", "2024/2024", "1899/1900", "9999/10000", "2024-2025", " 2024/2025", "2024 / 2025")) {
            Read<SchoolYear> read = read(Codecs.SCHOOL_YEAR, "\"" + bad + "\"");

            assertThat(read.value()).as(bad).isNull();
            assertThat(read.problems()).as(bad).singleElement().extracting(JsonProblem::message).asString()
                    .startsWith("ожидается учебный год ГГГГ/ГГГГ, получено «" + bad + "»");
        }
    }

    @Test
    void setsAreWrittenInTheOrderOfTheirCodesWhateverTheOrderOfTheConstantsOrOfTheSet() throws IOException {
        Codecs.SetCodec<ActKind> kinds = Codecs.set(Codes.ACT_KIND, Codes.ACT_KIND.byCode());

        assertThat(written(kinds, Set.of(ActKind.PROTOCOL, ActKind.ORDER, ActKind.DECISION)))
                .isEqualTo("[\"decision\",\"order\",\"protocol\"]");
        assertThat(written(RecordCodecs.WORKER_IDS, Set.of(new WorkerId("w-2"), new WorkerId("w-10"), new WorkerId("a"))))
                .isEqualTo("[\"a\",\"w-10\",\"w-2\"]");
    }
}
