package org.pedcom.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.regulation.ClauseId;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.Rule;
import org.pedcom.rule.RuleId;
import org.pedcom.rule.Severity;

class ProfileTest {

    private static Profile.Builder aProfile() {
        return Profile.builder("rybnovsky-pps").title("Положение о ППС").citedAs("Положения о ППС")
                .issuedBy("Управление образования и МП администрации Рыбновского района");
    }

    @Test
    void citesClausesAsALawyerWould() {
        Profile p = aProfile().edition("2020-03-23", LocalDate.of(2020, 3, 23), "утв. приказом № 39/1 от 23.03.2020")
                .clause("p4-5", "4.5", "Заседания ППС проводятся не реже 2 раз за учебный год.")
                .clause("p4-6", "4.6", "Заседание ППС фиксируются протоколом.")
                .requires("meetings", MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR), "p4-5")
                .build();
        Edition e = p.editions().get(0);

        assertThat(p.citation(e, List.of(ClauseId.of("p4-5")))).isEqualTo("п. 4.5 Положения о ППС, утв. приказом № 39/1 от 23.03.2020");
        assertThat(p.citation(e, e.rules().get(0).clauses())).isEqualTo("пп. 4.6, 4.5 Положения о ППС, утв. приказом № 39/1 от 23.03.2020");
    }

    @Test
    void keepsDuplicatedPrintedNumbersApartByTheirIds() {
        Profile p = aProfile().edition("e1", LocalDate.of(2020, 1, 1), "утв.")
                .clause("p3-4-joint", "3.4", "Руководство … совместно.")
                .clause("p3-4-co-leader", "3.4", "Соруководителем ОСМП является методист.").interpreted("второй п. 3.4 — о соруководителе")
                .build();

        assertThat(p.editions().get(0).clauses()).extracting(c -> c.id() + "=" + c.number())
                .containsExactly("p3-4-joint=3.4", "p3-4-co-leader=3.4");
        assertThat(p.editions().get(0).clause(ClauseId.of("p3-4-co-leader")).orElseThrow().interpretation())
                .contains("второй п. 3.4 — о соруководителе");
    }

    @Test
    void rejectsARuleCitingAClauseThatDoesNotExist() {
        assertThatIllegalArgumentException().isThrownBy(() -> aProfile().edition("e1", LocalDate.of(2020, 1, 1), "утв.")
                        .clause("p1", "1", "Текст").requires("r", MeetingFrequency.atLeast(1, PeriodKind.MONTH), "p2-4").build())
                .withMessageContaining("пункт «p2-4» не существует");
    }

    @Test
    void rejectsOverlappingEditionsAndDuplicateIds() {
        Edition first = new Edition("e1", LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2021, 6, 30)), "утв.", List.of(), List.of());
        Edition second = new Edition("e2", LocalDate.of(2021, 1, 1), Optional.empty(), "утв.", List.of(), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> new Profile(ProfileId.of("x"), "t", "c", "b", Map.of(), List.of(first, second)))
                .withMessageContaining("пересекаются");
        assertThatIllegalArgumentException().isThrownBy(() -> aProfile().edition("e1", LocalDate.of(2020, 1, 1), "утв.")
                        .clause("p1", "1", "a").clause("p1", "2", "b").build())
                .withMessageContaining("пункт с id «p1» повторяется");
    }

    @Test
    void aLaterEditionSupersedesTheEarlierFromItsFirstDay() {
        Profile p = aProfile().edition("e1", LocalDate.of(2020, 1, 1), "утв. 1").clause("p1", "1", "a")
                .edition("e2", LocalDate.of(2023, 1, 19), "утв. 2").clause("p1", "1", "b").build();

        assertThat(p.editionOn(LocalDate.of(2023, 1, 18)).orElseThrow().id()).isEqualTo("e1");
        assertThat(p.editionOn(LocalDate.of(2023, 1, 19)).orElseThrow().id()).isEqualTo("e2");
        assertThat(p.editionOn(LocalDate.of(2099, 1, 1)).orElseThrow().id()).as("unlimited validity").isEqualTo("e2");
        assertThat(p.editionOn(LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(p.lastDayOf(0)).contains(LocalDate.of(2023, 1, 18));
    }

    @Test
    void anEditionWithAnEndIsNotInForceAfterIt() {
        Profile p = aProfile().edition("e1", LocalDate.of(2020, 1, 1), "утв.").until(LocalDate.of(2020, 12, 31))
                .clause("p1", "1", "a").build();

        assertThat(p.editionOn(LocalDate.of(2021, 1, 1))).isEmpty();
    }

    @Test
    void settingsAreResolvedAgainstTheParametersAndAllProblemsReported() {
        List<ProfileParameter> parameters = List.of(new ProfileParameter("counted-months", LocalizedText.of("Какие месяцы", "Which months"),
                List.of("september-may", "all-months"), "september-may"));

        assertThat(ProfileSettings.defaults().resolve(parameters)).containsEntry("counted-months", "september-may");
        assertThat(ProfileSettings.of(Map.of("counted-months", "all-months")).resolve(parameters)).containsEntry("counted-months", "all-months");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProfileSettings.of(Map.of("counted-months", "june", "quarter", "calendar")).resolve(parameters))
                .withMessageContaining("значение «june» не из").withMessageContaining("неизвестный параметр «quarter»");
    }

    @Test
    void aRuleMustCiteAtLeastOneClauseOnce() {
        MeetingFrequency any = MeetingFrequency.atLeast(1, PeriodKind.MONTH);
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule(RuleId.of("r"), List.of(), Severity.VIOLATION, any))
                .withMessageContaining("не ссылается ни на один пункт");
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule(RuleId.of("r"), List.of(ClauseId.of("a"), ClauseId.of("a")),
                Severity.VIOLATION, any)).withMessageContaining("дважды");
    }
}
