package org.pedcom.profiles.rybnovsky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.PERSONAL_NAMES;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.edit;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.judge;
import static org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.people.Qualifications;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.record.CommunityRecord;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Rule;
import org.pedcom.rule.Severity;

/** The provider, the edition and its clause table as a whole. */
class RybnovskyPpsProfileTest {

    private static final Edition EDITION = profile().editions().get(0);

    @Test
    void providerIsFoundByServiceLoaderUnderItsIdAndTitle() {
        Profiles profiles = Profiles.load();

        ProfileProvider provider = profiles.provider(ProfileId.of("rybnovsky-pps")).orElseThrow();
        assertThat(provider).isInstanceOf(RybnovskyPpsProfileProvider.class);
        assertThat(provider.title()).isEqualTo("Положение о профессиональном педагогическом сообществе руководителей "
                + "ОО и МО, а также педагогов муниципальных общеобразовательных организаций");
        Profile profile = profiles.profile("rybnovsky-pps");
        assertThat(profile.id()).isEqualTo(ProfileId.of("rybnovsky-pps"));
        assertThat(profile.title()).isEqualTo(provider.title());
        assertThat(profile.citedAs()).isEqualTo("Положения о ППС");
        assertThat(profile.issuingBody()).isEqualTo("Управление образования и МП администрации Рыбновского района");
    }

    @Test
    void editionIsInForceFromTheDayOfOrderThirtyNineSlashOne() {
        Profile profile = profile();

        assertThat(profile.editions()).singleElement().satisfies(e -> {
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2020, 3, 23));
            assertThat(e.adoption()).isEqualTo("утв. приказом № 39/1 от 23.03.2020");
        });
        assertThat(profile.editionOn(LocalDate.of(2020, 3, 22))).isEmpty();
    }

    @Test
    void parametersHaveTheDocumentedDefaultsAndAreRecordedInReports() {
        List<ProfileParameter> parameters = new RybnovskyPpsProfileProvider().parameters();

        assertThat(parameters).extracting(ProfileParameter::name, ProfileParameter::defaultValue).containsExactly(
                tuple("experience-applies-to", "teacher-only"),
                tuple("composition-order-due", "september-15"),
                tuple("submission-deadline", "august-31"));
        assertThat(judge(aCompliantCommunityYear()).settings()).containsOnlyKeys(
                "experience-applies-to", "composition-order-due", "submission-deadline");
    }

    @Test
    void everyClauseIsCitedByARuleOrMarkedNotCheckableButNeverBoth() {
        Set<ClauseId> cited = EDITION.rules().stream().flatMap(r -> r.clauses().stream()).collect(Collectors.toSet());

        for (Clause clause : EDITION.clauses()) {
            boolean isCited = cited.contains(clause.id());
            assertThat(isCited ^ clause.notCheckable().isPresent())
                    .as("clause %s (%s) must be cited by a rule xor marked notCheckable", clause.number(), clause.id())
                    .isTrue();
        }
        assertThat(EDITION.uncitedClauses()).allSatisfy(c -> assertThat(c.notCheckable()).isPresent());
        assertThat(EDITION.clauses()).hasSize(38);
        assertThat(EDITION.uncitedClauses()).hasSize(27);
    }

    @Test
    void clausesFollowThePrintedOrderWithNumbersExactlyAsPrinted() {
        assertThat(EDITION.clauses()).extracting(Clause::number).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "1.5", "1.6",
                "2.1", "2.2", "2.2 (абз. 2)", "2.2 (абз. 3)", "2.2 (абз. 4)", "2.2 (абз. 5)", "2.2 (абз. 6)",
                "3.1", "3.1.1", "3.1.2", "3.1.2 (абз. 2)", "3.1.3", "3.1.4", "3.1.5", "3.1.6", "3.1.6 (абз. 2)", "3.1.7",
                "4.1", "4.2", "4.3", "4.3 (абз. 2)", "4.3 (абз. 3)", "4.3 (абз. 4)", "4.3 (абз. 5)", "4.3 (абз. 6)",
                "4.3 (абз. 7)", "4.3 (абз. 8)", "4.4", "4.5", "4.6", "4.7", "4.8");
    }

    @Test
    void everyClauseTextIsVerbatimFromTheRegulation() throws IOException {
        String regulation;
        try (InputStream in = getClass().getResourceAsStream("regulation-003.txt")) {
            regulation = normalised(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        assertThat(EDITION.clauses()).allSatisfy(c ->
                assertThat(regulation).as("text of %s", c.number()).contains(normalised(c.text())));
        assertThat(EDITION.clauses()).allSatisfy(c ->
                assertThat(regulation).as("number of %s", c.number()).contains(c.number().replaceAll(" \\(абз\\. \\d\\)", "") + "."));
    }

    @Test
    void ambiguousAndDefectiveClausesStateTheReadingChosen() {
        assertThat(EDITION.clauses().stream().filter(c -> c.interpretation().isPresent()).map(Clause::number))
                .containsExactly("1.3", "1.4", "3.1.7", "4.1", "4.2", "4.3 (абз. 2)", "4.3 (абз. 3)", "4.3 (абз. 7)",
                        "4.5", "4.6", "4.7", "4.8");
    }

    @Test
    void rulesAreTheFourteenDocumentedInTheReadme() {
        assertThat(EDITION.rules()).extracting(r -> r.id().value()).containsExactly(
                "annual-list-order", "created-by-order", "terminated-by-order", "leader-required", "leader-eligibility",
                "plan-drafted-by-leader", "protocols-signed-by-leader", "sessions-per-half-year", "session-protocol",
                "protocol-content", "plan-approved-by-rimk", "annual-report", "annual-report-submitted",
                "preliminary-plan-submitted");
        assertThat(EDITION.rules()).filteredOn(r -> r.severity() != Severity.VIOLATION)
                .extracting(Rule::id).extracting(Object::toString).containsExactly("protocols-signed-by-leader");
    }

    @Test
    void everyCheckedClauseIsCompliedInTheCompliantYear() {
        ComplianceReport report = judge(aCompliantCommunityYear());

        assertThat(report.clauses()).allSatisfy(line -> assertThat(line.status())
                .as("status of %s", line.clause().number())
                .isEqualTo(line.rules().isEmpty() ? ClauseStatus.NOT_CHECKABLE : ClauseStatus.COMPLIED));
    }

    @Test
    void findingsNameWorkersByIdOnlyNeverByName() {
        CommunityRecord broken = edit(aCompliantCommunityYear(), r -> {
            r.replaceWorker(RybnovskyCommunityYear.aLeader(Qualifications.none()));
            r.compositionOrders.clear();
            r.meetings.clear();
            r.reports.clear();
        });

        ComplianceReport report = judge(broken);

        assertThat(report.findings()).isNotEmpty();
        String everything = report.findings().stream()
                .map(f -> f.message().ru() + f.message().en() + f.hint().ru() + f.evidence())
                .collect(Collectors.joining("\n"))
                + report.obligations().stream().map(o -> o.what().ru()).collect(Collectors.joining("\n"));
        for (String name : PERSONAL_NAMES) {
            assertThat(everything).doesNotContain(name).doesNotContain(name.split(" ")[0]);
        }
    }

    private static String normalised(String text) {
        return text.replace("**", "").replaceAll("\\s+", " ").trim();
    }
}
