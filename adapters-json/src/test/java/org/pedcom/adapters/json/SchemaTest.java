package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;

class SchemaTest {

    private static final PedcomJson JSON = PedcomJson.standard();

    @Test
    void aRecordWrittenByTheAdapterIsValidAgainstTheRecordSchema() throws Exception {
        assertThat(JsonSchemas.validate(JsonSchemas.Schema.COMMUNITY_RECORD, JSON.writeRecord(JsonFixtures.richRecord()))).isEmpty();
    }

    @Test
    void aReportWrittenByTheAdapterIsValidAgainstTheReportSchema() throws Exception {
        String report = JSON.writeReport(Compliance.evaluate(JsonFixtures.richRecord(), JsonFixtures.richProfile(), LocalDate.of(2025, 6, 30)));

        assertThat(JsonSchemas.validate(JsonSchemas.Schema.COMPLIANCE_REPORT, report)).isEmpty();
    }

    @Test
    void theRecordSchemaRefusesWhatTheReaderRefusesWithoutQuotingPersonalData() throws Exception {
        String json = BadRecordInputTest.richRecordChanged(t -> {
            BadRecordInputTest.at(t, "/workers/0/personalData").put("birthDate", JsonFixtures.SECRET_NAME);
            BadRecordInputTest.at(t, "/meetings/0").put("colour", "red");
        });

        assertThat(JsonSchemas.validate(JsonSchemas.Schema.COMMUNITY_RECORD, json)).extracting(JsonProblem::pointer)
                .containsExactlyInAnyOrder("/workers/0/personalData/birthDate", "/meetings/0/colour");
        assertThat(JsonSchemas.validate(JsonSchemas.Schema.COMMUNITY_RECORD, json))
                .allSatisfy(p -> assertThat(p.toString()).doesNotContain(JsonFixtures.SECRET_NAME));
    }

    @Test
    void everySchemaIsShippedAtItsDocumentedPlace() throws Exception {
        for (JsonSchemas.Schema s : JsonSchemas.Schema.values()) {
            try (var in = JsonSchemas.open(s)) {
                assertThat(in).as(s.resource()).isNotNull();
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("\"$id\": \"" + s.id() + "\"", "draft/2020-12");
            }
        }
    }
}
