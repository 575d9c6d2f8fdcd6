package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadProfileInputTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonProfiles PROFILES = JsonProfiles.standard();

    static String richProfileChanged(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) TREES.readTree(PROFILES.write(JsonFixtures.richProfile()));
        change.accept(tree);
        return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    static List<JsonProblem> problemsLoading(String json) {
        JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> PROFILES.read(json));
        assertThat(e).as("loading must fail").isNotNull();
        return e.problems();
    }

    @Test
    void reportsEveryProblemOfAProfileFileWithItsPointer() throws Exception {
        String json = richProfileChanged(t -> {
            ((ArrayNode) at(t, "/editions/1/rules/0").get("clauses")).add("p99");
            at(t, "/editions/1/clauses/2").put("id", "p2");
            at(t, "/editions/0").put("effectiveTo", "2023-09-30");
            at(t, "/editions/1/rules/4/requirement/deadline").put("lastDay", "02-30");
            at(t, "/editions/1/rules/14/requirement/due").put("lastDay", "02-29");
            at(t, "/editions/1/rules/0/requirement").put("minimum", 0);
            at(t, "/editions/1/rules/2").put("severty", "warning");
            at(t, "/editions/1/rules/15/requirement").put("maximumTerm", "P6M");
            at(t, "/editions/1/clauses/0").remove("text");
            at(t, "/editions/1/rules/1/requirement").put("required", "yes");
        });

        List<JsonProblem> problems = problemsLoading(json);

        assertThat(problems).extracting(JsonProblem::pointer).contains(
                "/editions/1/rules/0/clauses/1",
                "/editions/1/clauses/2/id",
                "/editions/1/effectiveFrom",
                "/editions/1/rules/4/requirement/deadline/lastDay",
                "/editions/1/rules/14/requirement/due/lastDay",
                "/editions/1/rules/0/requirement/minimum",
                "/editions/1/rules/2/severty",
                "/editions/1/rules/15/requirement/maximumTerm",
                "/editions/1/clauses/0",
                "/editions/1/rules/1/requirement/required");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPositive());
        assertThat(problems).filteredOn(p -> p.pointer().equals("/editions/1/rules/0/clauses/1")).singleElement()
                .extracting(JsonProblem::message).asString().contains("пункт «p99» не существует", "clause 'p99' does not exist");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/editions/1/effectiveFrom")).singleElement()
                .extracting(JsonProblem::message).asString().contains("пересекается", "overlaps");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/editions/1/rules/14/requirement/due/lastDay")).singleElement()
                .extracting(JsonProblem::message).asString().contains("29 февраля");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/editions/1/rules/2/severty")).singleElement()
                .extracting(JsonProblem::message).asString().contains("неизвестное поле «severty»");
    }

    @Test
    void pointsAtTheLineAndColumnOfTheOffendingValueInTheFile(@TempDir Path dir) throws Exception {
        String json = richProfileChanged(t -> at(t, "/editions/1/rules/0/requirement").put("per", "fortnight"));
        Path file = dir.resolve("bad.profile.json");
        Files.writeString(file, json);
        List<String> lines = json.lines().toList();

        List<JsonProblem> problems = PROFILES.problems(file);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/editions/1/rules/0/requirement/per");
            assertThat(lines.get(p.line() - 1).substring(p.column() - 1)).startsWith("\"fortnight\"");
            assertThat(p.toString()).contains("(line " + p.line() + ", column " + p.column() + ")");
        });
    }

    @Test
    void reportsEveryRepeatedKeyAndNothingLoads() throws Exception {
        String json = PROFILES.write(JsonFixtures.richProfile())
                .replaceFirst("\"title\":", "\"title\": \"x\", \"title\":")
                .replaceFirst("\"adoption\":", "\"adoption\": \"x\", \"adoption\":");

        assertThat(problemsLoading(json)).extracting(JsonProblem::pointer).containsExactly("/title", "/editions/0/adoption");
    }

    @Test
    void reportsMalformedJsonAlone() {
        assertThat(problemsLoading("{\"id\": \"x\",\n \"title\": }")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("некорректный JSON / malformed JSON");
        });
    }

    @Test
    void refusesAProfileOverTheLimits() throws Exception {
        String json = PROFILES.write(JsonFixtures.richProfile());

        JsonInputException e = catchThrowableOfType(JsonInputException.class,
                () -> JsonProfiles.withLimits(new JsonLimits(2000, 32)).read(json));

        assertThat(e.problems()).singleElement().extracting(JsonProblem::message).asString().contains("too large");
        assertThat(JsonProfiles.withLimits(new JsonLimits(1 << 20, 6)).problems(write(json)))
                .anySatisfy(p -> assertThat(p.message()).contains("nests too deeply"));
    }

    private static Path write(String json) throws Exception {
        Path file = Files.createTempFile("profile", ".json");
        Files.writeString(file, json);
        file.toFile().deleteOnExit();
        return file;
    }
}
