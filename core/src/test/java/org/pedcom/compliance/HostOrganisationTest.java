package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aProfileRequiring;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pedcom.community.Community;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.HostOrganisation;

class HostOrganisationTest {

    private static final LocalDate CREATED = LocalDate.of(2024, 9, 1);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Test
    void compliesWhenTheHostIsOfAnAcceptedKindAndTeachesOneOfTheLevels() {
        HostOrganisation rule = HostOrganisation.ofKind(OrganisationKind.EDUCATIONAL)
                .implementingAnyOf(EducationLevel.PRESCHOOL, EducationLevel.BASIC_GENERAL);

        ComplianceReport report = Compliance.evaluate(aCommunityCreatedOn(CREATED).build(), aProfileRequiring(rule), AS_OF);

        assertThat(report.findings()).isEmpty();
        assertThat(report.clauses()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClauseStatus.COMPLIED));
    }

    @Test
    void reportsAHostThatImplementsNoneOfTheLevels() {
        HostOrganisation rule = HostOrganisation.ofKind(OrganisationKind.EDUCATIONAL).implementingAnyOf(EducationLevel.PRESCHOOL);

        ComplianceReport report = Compliance.evaluate(aCommunityCreatedOn(CREATED).build(), aProfileRequiring(rule), AS_OF);

        assertThat(report.violations()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("host-organisation");
            assertThat(f.message().ru()).contains("дошкольное образование");
        });
    }

    @Test
    void reportsAHostOfAnotherKindWhateverItTeaches() {
        CommunityRecord base = aCommunityCreatedOn(CREATED).build();
        Community hostedByTheCentre = new Community(base.community().id(), base.community().kind(), base.community().name(),
                EngineFixtures.CENTRE, CREATED, base.community().creationAct(), base.community().form(),
                base.community().directions(), base.community().termination());

        ComplianceReport report = Compliance.evaluate(base.toBuilder().community(hostedByTheCentre).build(),
                aProfileRequiring(HostOrganisation.ofKind(OrganisationKind.EDUCATIONAL)), AS_OF);

        assertThat(report.violations()).singleElement().satisfies(f ->
                assertThat(f.message().ru()).contains("методический центр"));
    }

    @Test
    void owesNothingAndJudgesNothingBeforeTheCommunityIsCreated() {
        HostOrganisation rule = HostOrganisation.ofKind(OrganisationKind.SUPPORT_CENTRE);

        ComplianceReport report = Compliance.evaluate(aCommunityCreatedOn(LocalDate.of(2025, 9, 1)).build(),
                aProfileRequiring(rule), AS_OF);

        assertThat(report.violations()).isEmpty();
        assertThat(report.obligations()).singleElement().satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2025, 9, 1)));
    }
}
