package org.pedcom.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.pedcom.adapters.json.PedcomJson;
import org.pedcom.record.CommunityRecord;

/**
 * The JSON comparison is honest only if the plain classes do the same job: they must bind every field of the very
 * documents the benchmark reads (unknown properties are refused, so a missing field fails rather than being
 * skipped) and write the same logical content back (compared as {@link JsonNode} trees).
 */
class JsonRoundTripTest {

    static final ObjectMapper TREES = new ObjectMapper();
    static final PlainJson PLAIN = new PlainJson();
    static final PedcomJson ADAPTER = PedcomJson.standard();
    static final List<String> EXAMPLES = List.of("example-mo", "kamensk-uralsky-mo", "rybnovsky-pps", "sobolevskaya-ps",
            "tomsk-logoposidelki", "yaya-osmp");

    static JsonNode tree(byte[] json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain read, plain write: the same tree; and the adapter reads the plain output as the same record. */
    static void assertSameContent(byte[] document) throws IOException {
        PlainRecord plain = PLAIN.read(document);
        byte[] written = PLAIN.write(plain);
        assertThat(tree(written)).isEqualTo(tree(document));
        CommunityRecord record = ADAPTER.readRecord(new ByteArrayInputStream(document));
        assertThat(ADAPTER.readRecord(new ByteArrayInputStream(written))).isEqualTo(record);
        assertThat(tree(ADAPTER.writeBytes(record))).isEqualTo(tree(written));
    }

    @Test
    void thePlainClassesBindAndWriteEveryBenchmarkDocument() throws IOException {
        List<byte[]> documents = JsonBenchmark.documents(JsonBenchmark.SEED, JsonBenchmark.RECORDS);
        for (byte[] d : documents) {
            assertSameContent(d);
        }
        assertSameContent(JsonBenchmark.largeDocument(JsonBenchmark.LARGE_SEED, JsonBenchmark.LARGE_MEETINGS));
    }

    @Test
    void theLargeRecordHasAFewHundredMeetings() {
        byte[] large = JsonBenchmark.largeDocument(JsonBenchmark.LARGE_SEED, JsonBenchmark.LARGE_MEETINGS);
        assertThat(tree(large).get("meetings")).hasSize(JsonBenchmark.LARGE_MEETINGS);
        assertThat(PLAIN.read(large).meetings).hasSize(JsonBenchmark.LARGE_MEETINGS);
    }

    /** The adapter's shipped example records use optional parts the generated ones do not (custom codes, …). */
    @Test
    void thePlainClassesBindTheAdaptersExampleRecords() throws IOException {
        for (String id : EXAMPLES) {
            String resource = "org/pedcom/adapters/json/examples/" + id + "/community.json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                byte[] document = in.readAllBytes();
                PlainRecord plain = PLAIN.read(document);
                ObjectNode expected = (ObjectNode) tree(document);
                expected.remove("$schema");
                ObjectNode actual = (ObjectNode) tree(PLAIN.write(plain));
                actual.remove("$schema");
                assertThat(actual).as(resource).isEqualTo(expected);
            }
        }
    }

    /** Every field counts: an unknown one anywhere in the document fails the plain read as well. */
    @Test
    void unknownFieldsAreRefusedAtAnyDepth() {
        byte[] document = JsonBenchmark.documents(7, 1).get(0);
        List<ObjectNode> variants = new ArrayList<>();
        ObjectNode top = (ObjectNode) tree(document);
        top.put("colour", "red");
        variants.add(top);
        ObjectNode meeting = (ObjectNode) tree(document);
        ((ObjectNode) ((ArrayNode) meeting.get("meetings")).get(0)).put("colour", "red");
        variants.add(meeting);
        ObjectNode step = (ObjectNode) tree(document);
        ((ObjectNode) step.get("plans").get(0).get("steps").get(0)).put("colour", "red");
        variants.add(step);
        ObjectNode personal = (ObjectNode) tree(document);
        ((ObjectNode) personal.get("workers").get(0).get("personalData")).put("colour", "red");
        variants.add(personal);
        for (ObjectNode v : variants) {
            byte[] bytes = v.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThatThrownBy(() -> PLAIN.read(bytes)).hasRootCauseInstanceOf(UnrecognizedPropertyException.class);
        }
    }
}
