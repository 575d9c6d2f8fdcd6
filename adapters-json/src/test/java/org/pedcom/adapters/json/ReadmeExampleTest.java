package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Verdict;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;

/** The example of the module README, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns() throws Exception {
        // --- README example: begin
        ClassLoader cl = ReadmeExampleTest.class.getClassLoader();
        String dir = "org/pedcom/adapters/json/examples/example-mo/";
        Profile profile;
        CommunityRecord record;
        try (InputStream p = cl.getResourceAsStream(dir + "profile.json");
             InputStream r = cl.getResourceAsStream(dir + "community.json")) {
            profile = JsonProfiles.standard().read(p, "profile.json");      // schema + semantic checks, every problem at once
            record = PedcomJson.standard().readRecord(r);                     // streaming, limits, every problem at once
        }
        ComplianceReport report = Compliance.evaluate(record, profile, LocalDate.of(2025, 6, 30));
        String json = PedcomJson.standard().prettyPrinting().writeReport(report);

        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // or .registerModule(new PedcomModule())
        ComplianceReport same = mapper.readValue(json, ComplianceReport.class);
        // --- README example: end

        assertThat(same).isEqualTo(report);
        assertThat(report.verdict()).isEqualTo(Verdict.COMPLIES);
        assertThat(json).contains("\"verdict\": \"complies\"");
    }
}
