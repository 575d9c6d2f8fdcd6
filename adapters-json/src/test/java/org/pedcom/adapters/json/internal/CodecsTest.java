package org.pedcom.adapters.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;
import org.pedcom.adapters.json.JsonProblem;

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
}
