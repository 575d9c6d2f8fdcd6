package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.record.CommunityRecord;

class RecordJsonTest {

    private static final PedcomJson JSON = PedcomJson.standard();

    @Test
    void aRecordWithEveryTypeAndOptionalFieldRoundTripsUnchanged() throws Exception {
        CommunityRecord record = JsonFixtures.richRecord();

        String text = JSON.writeRecord(record);

        assertThat(JSON.readRecord(text)).isEqualTo(record);
        assertThat(JSON.writeRecord(JSON.readRecord(text))).isEqualTo(text);
    }

    @Test
    void theModuleIsFoundByJacksonsServiceLoaderAndReadsWhatTheFacadeWrites() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains(PedcomModule.NAME);
        CommunityRecord record = JsonFixtures.richRecord();

        String viaMapper = mapper.writeValueAsString(record);

        assertThat(viaMapper).isEqualTo(JSON.writeRecord(record));
        assertThat(mapper.readValue(viaMapper, CommunityRecord.class)).isEqualTo(record);
    }

    @Test
    void writesDatesAsIsoStringsEnumerationsAsCodesAndLeavesEmptyOptionalsOut() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(JSON.writeRecord(JsonFixtures.richRecord()));

        JsonNode community = tree.get("community");
        assertThat(community.get("createdOn").asText()).isEqualTo("2024-08-30");
        assertThat(community.get("kind").asText()).isEqualTo("ps");
        assertThat(community.get("form").get("code").asText()).isEqualTo("lab");
        assertThat(community.get("form").get("title").asText()).isEqualTo("лаборатория");
        assertThat(community.get("creationAct").get("kind").asText()).isEqualTo("order");
        assertThat(community.get("creationAct").get("issuer").get("kind").asText()).isEqualTo("head");
        assertThat(tree.get("terms").get(0).get("schoolYear").asText()).isEqualTo("2024/2025");
        JsonNode leader = tree.get("workers").get(0);
        assertThat(leader.get("roles")).extracting(JsonNode::asText).containsExactly("deputy-head", "head-of-methodical-association");
        assertThat(leader.get("qualifications").get(1).get("category").asText()).isEqualTo("methodist");
        assertThat(tree.get("workers").get(1).get("position").get("code").asText()).isEqualTo("tutor");
        assertThat(tree.get("workers").get(1).get("personalData").has("birthDate")).isFalse();
        assertThat(tree.get("plans").get(0).get("steps")).extracting(s -> s.fieldNames().next()).containsOnly("type");
        assertThat(tree.get("plans").get(0).get("steps")).extracting(s -> s.get("type").asText())
                .containsExactly("drafted", "reviewed", "approved");
        JsonNode session = tree.get("meetings").get(0);
        assertThat(session.get("form").asText()).isEqualTo("session");
        assertThat(session.has("scenario")).isFalse();
        assertThat(tree.get("statusGrants").get(0).get("term").asText()).isEqualTo("P1Y");
        assertThat(tree.get("reports").get(0).get("indicators").get("share-improved").decimalValue()).isEqualByComparingTo("0.35");
        assertThat(tree.toString()).doesNotContain("org.pedcom", "@class");
    }

    @Test
    void aComplianceReportRoundTripsUnchanged() throws Exception {
        ComplianceReport report = Compliance.evaluate(JsonFixtures.richRecord(), JsonFixtures.richProfile(), LocalDate.of(2025, 6, 30));
        assertThat(report.findings()).isNotEmpty();

        String text = JSON.writeReport(report);

        assertThat(JSON.readReport(text)).isEqualTo(report);
        assertThat(new ObjectMapper().readTree(text).get("verdict").asText()).isEqualTo("violated");
    }
}
