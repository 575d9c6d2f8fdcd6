package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.pedcom.record.CommunityRecord;

/** Every kind of bad input gets a clear error naming the place, and nothing is loaded. */
class BadRecordInputTest {

    private static final PedcomJson JSON = PedcomJson.standard();
    private static final ObjectMapper TREES = new ObjectMapper();

    /** The rich record as pretty JSON, changed by {@code change}: line numbers then mean something. */
    static String richRecordChanged(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) TREES.readTree(JSON.writeRecord(JsonFixtures.richRecord()));
        change.accept(tree);
        return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    static List<JsonProblem> problemsReading(String json) {
        JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> JSON.readRecord(json));
        assertThat(e).as("reading must fail").isNotNull();
        return e.problems();
    }

    static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void reportsMalformedJsonWithItsLineAndColumn() {
        List<JsonProblem> problems = problemsReading("{\n  \"community\": {\"id\": \"c-1\",, }\n}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).startsWith("/community");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("некорректный JSON / malformed JSON");
        });
    }

    @Test
    void reportsWrongTypesMissingFieldsAndUnknownFieldsAllTogetherEachWithItsPointer() throws Exception {
        String json = richRecordChanged(t -> {
            at(t, "/meetings/1").put("date", 42);
            at(t, "/community").remove("name");
            at(t, "/organisations/0").put("colour", "green");
            at(t, "/plans/0/steps/0").put("on", "15.09.2024");
            at(t, "/workers/2").put("roles", "deputy-head");
        });

        List<JsonProblem> problems = problemsReading(json);

        assertThat(problems).extracting(JsonProblem::pointer).containsExactlyInAnyOrder(
                "/meetings/1/date", "/community", "/organisations/0/colour", "/plans/0/steps/0/on", "/workers/2/roles");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(problems).filteredOn(p -> p.pointer().equals("/meetings/1/date")).singleElement()
                .extracting(JsonProblem::toString).asString()
                .matches("/meetings/1/date: ожидается дата ГГГГ-ММ-ДД, получено: целое число / expected a date YYYY-MM-DD, got an integer \\(line \\d+, column \\d+\\)");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/community")).singleElement()
                .extracting(JsonProblem::message).asString().contains("нет обязательного поля «name»", "missing required field 'name'");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/organisations/0/colour")).singleElement()
                .extracting(JsonProblem::message).asString().contains("неизвестное поле «colour»", "allowed: id, name, kind, levels, territory");
    }

    @Test
    void rejectsARepeatedKeyNamingIt() {
        List<JsonProblem> problems = problemsReading("{\"community\": {\"id\": \"c-1\", \"id\": \"c-2\"}}");

        assertThat(problems).extracting(JsonProblem::pointer).contains("/community/id");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/community/id")).singleElement()
                .extracting(JsonProblem::message).asString().contains("повторяется", "occurs twice");
    }

    @Test
    void rejectsARepeatedItemOfASetAtThePointerAndLineOfTheRepeat() throws Exception {
        String[] repeat = new String[1];
        String json = richRecordChanged(t -> {
            for (int i = 0; i < t.get("meetings").size() && repeat[0] == null; i++) {
                if (t.at("/meetings/" + i + "/registration/attendees") instanceof ArrayNode attendees && attendees.size() > 0) {
                    repeat[0] = "/meetings/" + i + "/registration/attendees/" + attendees.size();
                    attendees.add(attendees.get(0).asText());
                }
            }
        });

        assertThat(repeat[0]).as("the rich record has a registration sheet").isNotNull();
        assertThat(problemsReading(json)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo(repeat[0]);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isEqualTo("элемент повторяется / the item occurs twice");
        });
    }

    @Test
    void rejectsADocumentOverTheSizeLimit() throws Exception {
        String json = JSON.writeRecord(JsonFixtures.richRecord());
        PedcomJson small = PedcomJson.withLimits(new JsonLimits(1000, 32));

        JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> small.readRecord(json));

        assertThat(e.problems()).singleElement().extracting(JsonProblem::message).asString()
                .contains("слишком велик", "too large");
    }

    @Test
    void rejectsADocumentOverTheNestingLimit() {
        String deep = "{\"community\": {\"directions\": " + "[".repeat(40) + "]".repeat(40) + "}}";

        assertThat(problemsReading(deep)).anySatisfy(p -> assertThat(p.message()).contains("вложен слишком глубоко", "nests too deeply"));
    }

    @Test
    void rejectsTrailingContentAndEmptyDocuments() throws Exception {
        String json = JSON.writeRecord(JsonFixtures.richRecord());

        assertThat(problemsReading(json + " {}")).singleElement().extracting(JsonProblem::message).asString()
                .contains("лишние данные", "trailing content");
        assertThat(problemsReading("   ")).singleElement().extracting(JsonProblem::message).asString()
                .contains("пустой документ", "empty document");
    }

    @Test
    void namesUnknownCodesWithTheCodesAllowed() throws Exception {
        String json = richRecordChanged(t -> {
            at(t, "/community/creationAct").put("kind", "ordre");
            at(t, "/meetings/0").put("form", "hackathon");
        });

        List<JsonProblem> problems = problemsReading(json);

        assertThat(problems).filteredOn(p -> p.pointer().equals("/community/creationAct/kind")).singleElement()
                .extracting(JsonProblem::message).asString().contains("«ordre»", "allowed: order, decision, protocol");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/meetings/0/form")).singleElement()
                .extracting(JsonProblem::message).asString().contains("«hackathon»", "{\"code\": …, \"title\": …}");
    }

    @Test
    void neverQuotesPersonalDataInAMessage() throws Exception {
        String json = richRecordChanged(t -> {
            ObjectNode personal = at(t, "/workers/0/personalData");
            personal.put("birthDate", JsonFixtures.SECRET_NAME);
            ((ObjectNode) personal.get("contacts").get(0)).put("kind", JsonFixtures.SECRET_NAME);
            ((ArrayNode) personal.get("consents")).addObject().put("purpose", "processing")
                    .put("givenOn", "2024-09-01").put("withdrawnOn", "2024-08-01");
        });

        List<JsonProblem> problems = problemsReading(json);

        assertThat(problems).extracting(JsonProblem::pointer).containsExactlyInAnyOrder(
                "/workers/0/personalData/birthDate", "/workers/0/personalData/contacts/0/kind",
                "/workers/0/personalData/consents/2");
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain(JsonFixtures.SECRET_NAME, "2024-08-01", "2024-09-01"));
    }

    @Test
    void neverQuotesPersonalDataFromMalformedJson() throws Exception {
        String json = richRecordChanged(t -> { }).replace("\"" + JsonFixtures.SECRET_NAME + "\"", JsonFixtures.SECRET_NAME);

        assertThat(problemsReading(json)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).startsWith("/workers/0/personalData");
            assertThat(p.toString()).doesNotContain("Иванова", "Секрет");
        });
    }

    @Test
    void surfacesAConstructorsRefusalAtThePointerOfTheObjectBeingBuilt() throws Exception {
        String json = richRecordChanged(t -> at(t, "/memberships/2").put("leftOn", "2024-01-01"));

        assertThat(problemsReading(json)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/memberships/2");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("Membership.leftOn", "раньше вступления", "is before joining");
        });
    }

    @Test
    void reportsEveryBrokenReferenceWithItsPointer() throws Exception {
        String json = richRecordChanged(t -> {
            at(t, "/meetings/0/protocol/signatures/1").put("signer", "w-nobody");
            at(t, "/reports/0").put("presentedAt", "m-missing");
            at(t, "/workers/1").put("employer", "nowhere");
        });

        assertThat(problemsReading(json)).extracting(JsonProblem::pointer).containsExactlyInAnyOrder(
                "/meetings/0/protocol/signatures/1/signer", "/reports/0/presentedAt", "/workers/1/employer");
    }

    @Test
    void readsASealedTypeWhoseTypeFieldIsNotFirst() throws Exception {
        CommunityRecord record = JsonFixtures.richRecord();
        String json = richRecordChanged(t -> {
            ObjectNode step = at(t, "/plans/0/steps/1");
            String type = step.remove("type").asText();
            step.put("type", type);
        });

        assertThat(JSON.readRecord(json)).isEqualTo(record);
    }

    @Test
    void rejectsAnUnknownOrMissingTypeOfASealedValue() throws Exception {
        String json = richRecordChanged(t -> {
            at(t, "/plans/0/steps/0").put("type", "signed");
            at(t, "/plans/0/steps/1").remove("type");
        });

        List<JsonProblem> problems = problemsReading(json);

        assertThat(problems).extracting(JsonProblem::pointer).containsExactlyInAnyOrder("/plans/0/steps/0/type", "/plans/0/steps/1");
        assertThat(problems.get(0).message()).contains("«signed»", "drafted, reviewed, approved");
    }

    @Test
    void failsThroughAPlainObjectMapperWithTheSameProblems() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PedcomModule());
        String json = richRecordChanged(t -> at(t, "/meetings/1").put("date", "2025-02-30"));

        JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> mapper.readValue(json, CommunityRecord.class));

        assertThat(e.problems()).singleElement().extracting(JsonProblem::pointer).isEqualTo("/meetings/1/date");
        assertThat(e.getMessage()).contains("/meetings/1/date: ожидается дата ГГГГ-ММ-ДД, получено «2025-02-30»");
    }

    @Test
    void theHardenedMapperRejectsRepeatedKeysInTheCallersOwnTypes() {
        ObjectMapper mapper = PedcomJson.standard().newMapper();

        Throwable e = catchThrowableOfType(Exception.class, () -> mapper.readTree("{\"a\": 1, \"a\": 2}"));

        assertThat(e).hasMessageContaining("Duplicate field 'a'");
    }
}
