package org.pedcom.profiles.sobolevskaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.aCompliantCommunityYear;
import static org.pedcom.profiles.sobolevskaya.SobolevskayaCommunityYear.afterTheYear;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.compliance.Compliance;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.EditionRef;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.regulation.Clause;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.Rule;

/**
 * Clause 4.3 «в новой редакции предыдущая автоматически утрачивает силу»: the provider offers one edition, so the
 * test writes a hypothetical second one (3.1 raised to twice a month from 1 January 2025) next to it.
 */
class EditionsTest {

    private static final Profile FIRST = Profiles.load().profile("sobolevskaya-ps");
    private static final LocalDate CHANGE = LocalDate.of(2025, 1, 1);

    private static Profile withASecondEdition() {
        Edition first = FIRST.editions().get(0);
        List<Clause> clauses = first.clauses().stream()
                .map(c -> c.id().value().equals("p3-1")
                        ? new Clause(c.id(), c.number(), "Заседания ПС проводятся не реже 2 раз в месяц", c.interpretation(),
                        c.notCheckable())
                        : c)
                .toList();
        List<Rule> rules = first.rules().stream()
                .map(r -> r.id().value().equals("sessions-monthly")
                        ? new Rule(r.id(), r.clauses(), r.severity(), twiceAMonth((MeetingFrequency) r.requirement()))
                        : r)
                .toList();
        Edition second = new Edition("2025-01-01", CHANGE, Optional.empty(),
                "согласовано педагогическим советом, протокол № 7 от 26.12.2024", clauses, rules);
        return new Profile(FIRST.id(), FIRST.title(), FIRST.citedAs(), FIRST.issuingBody(), FIRST.settings(),
                List.of(first, second));
    }

    private static MeetingFrequency twiceAMonth(MeetingFrequency once) {
        return new MeetingFrequency(2, PeriodKind.MONTH, once.countedMonths(), once.countedForms());
    }

    @Test
    void theProviderOffersOneEditionInForceWithoutEnd() {
        assertThat(FIRST.editions()).singleElement().satisfies(e -> assertThat(e.effectiveTo()).isEmpty());
        assertThat(FIRST.editionOn(LocalDate.of(2030, 1, 1))).contains(FIRST.editions().get(0));
    }

    @Test
    void judgesTheMonthsAfterTheChangeUnderTheNewEdition() {
        Profile profile = withASecondEdition();

        ComplianceReport report = Compliance.evaluate(aCompliantCommunityYear(), profile, afterTheYear());

        assertThat(profile.editionOn(CHANGE.minusDays(1))).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("2023-01-19"));
        assertThat(report.edition().id()).isEqualTo("2025-01-01");
        assertThat(report.editionsApplied()).extracting(EditionRef::id).containsExactly("2023-01-19", "2025-01-01");
        assertThat(report.violations()).allSatisfy(f -> {
            assertThat(f.rule().value()).isEqualTo("sessions-monthly");
            assertThat(f.clauseNumber()).isEqualTo("3.1");
            assertThat(f.edition()).isEqualTo("2025-01-01");
            assertThat(f.citation()).contains("протокол № 7 от 26.12.2024");
        });
        assertThat(report.violations()).extracting(f -> f.period().orElseThrow().label())
                .containsExactly("январь 2025", "февраль 2025", "март 2025", "апрель 2025", "май 2025");
    }

    @Test
    void judgesTheMonthsBeforeTheChangeUnderThePreviousEdition() {
        ComplianceReport report = Compliance.evaluate(aCompliantCommunityYear(), withASecondEdition(),
                CHANGE.minusDays(1));

        assertThat(report.edition().id()).isEqualTo("2023-01-19");
        assertThat(report.violations()).isEmpty();
    }
}
