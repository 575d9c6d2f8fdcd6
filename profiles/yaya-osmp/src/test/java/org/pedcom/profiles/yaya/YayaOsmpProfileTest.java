package org.pedcom.profiles.yaya;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.regulation.Clause;
import org.pedcom.regulation.ClauseId;
import org.pedcom.rule.Rule;

class YayaOsmpProfileTest {

    private static final Profile PROFILE = Profiles.load().profile("yaya-osmp");
    private static final Edition EDITION = PROFILE.editions().get(0);

    @Test
    void theProviderIsFoundByServiceLoaderWithItsIdAndTitle() {
        ProfileProvider provider = Profiles.load().provider(ProfileId.of("yaya-osmp")).orElseThrow();

        assertThat(provider).isInstanceOf(YayaOsmpProfileProvider.class);
        assertThat(provider.title()).isEqualTo(
                "Положение об опорной (стажировочной) методической площадке (ОСМП) МБУ ИМЦ УО Яйского округа");
        assertThat(PROFILE.id()).isEqualTo(ProfileId.of("yaya-osmp"));
        assertThat(PROFILE.title()).isEqualTo(provider.title());
    }

    @Test
    void theUndatedTextIsOneEditionInForceFromTheDay273FzTookEffect() {
        assertThat(PROFILE.editions()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("undated");
            assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2013, 9, 1));
            assertThat(e.effectiveTo()).isEmpty();
            assertThat(e.adoption()).contains("не указаны");
        });
        assertThat(PROFILE.editionOn(LocalDate.of(2013, 8, 31))).isEmpty();
    }

    @Test
    void theParametersAreListedWithTheirDefaultsAndRecordedInTheProfile() {
        List<ProfileParameter> parameters = new YayaOsmpProfileProvider().parameters();

        assertThat(parameters).extracting(ProfileParameter::name, ProfileParameter::defaultValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("leader-category-scope", "teachers-only"),
                org.assertj.core.groups.Tuple.tuple("contest-severity", "violation"),
                org.assertj.core.groups.Tuple.tuple("plan-deadline", "september-30"));
        assertThat(PROFILE.settings()).isEqualTo(Map.of("leader-category-scope", "teachers-only",
                "contest-severity", "violation", "plan-deadline", "september-30"));
    }

    @Test
    void refusesAValueNoParameterAllows() {
        assertThatThrownBy(() -> YayaOsmpCommunityYear.profile(Map.of("contest-severity", "info")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contest-severity");
    }

    @Test
    void everyClauseIsCitedByARuleOrMarkedNotCheckableButNeverBoth() {
        Set<ClauseId> cited = EDITION.rules().stream().flatMap(r -> r.clauses().stream()).collect(Collectors.toSet());

        assertThat(EDITION.clauses()).allSatisfy(c ->
                assertThat(cited.contains(c.id()) ^ c.notCheckable().isPresent())
                        .as("clause %s (%s): cited by a rule xor not checkable", c.id(), c.number()).isTrue());
    }

    @Test
    void everyClauseAndListItemOfTheTextIsThereInPrintedOrder() {
        assertThat(EDITION.clauses()).extracting(Clause::number).containsExactly(
                "1.1", "1.1 (абз. 2)", "1.2", "1.3", "1.4", "1.5", "1.5 (абз. 2)", "1.5 (абз. 3)", "1.5 (абз. 4)",
                "1.5 (абз. 5)", "2.1", "2.2", "2.2 (абз. 2)", "2.2 (абз. 3)", "2.2 (абз. 4)", "3.1", "3.2",
                "3.2 (абз. 2)", "3.2 (абз. 3)", "3.2 (абз. 4)", "3.3", "3.4", "3.5", "3.4", "3.5", "3.5 (абз. 2)",
                "3.5 (абз. 3)", "3.5 (абз. 4)", "3.6", "3.6.1", "3.6.2", "3.6.3", "3.6.4", "3.6.5", "3.6.6", "3.7",
                "3.8", "3.8 (абз. 2)", "3.8 (абз. 3)", "3.8 (абз. 4)", "3.8 (абз. 5)", "3.8 (абз. 6)");
        assertThat(EDITION.rules()).hasSize(15);
    }

    @Test
    void theTwicePrintedNumbersStayDistinctByIdWhileBothPrintAsPrinted() {
        assertThat(clause("p3-4-joint-leadership").number()).isEqualTo("3.4");
        assertThat(clause("p3-4-co-leader").number()).isEqualTo("3.4");
        assertThat(clause("p3-5-leader").number()).isEqualTo("3.5");
        assertThat(clause("p3-5-joint-duties").number()).isEqualTo("3.5");
        assertThat(clause("p3-4-joint-leadership").text()).startsWith("Руководство деятельностью ОСМП");
        assertThat(clause("p3-4-co-leader").text()).startsWith("Соруководителем ОСМП является методист");
        assertThat(clause("p3-5-leader").text()).startsWith("Руководителем ОСМП является представитель");
        assertThat(clause("p3-5-joint-duties").text()).isEqualTo("Руководитель ОСМП совместно с руководителем ОСМП:");
        assertThat(EDITION.clauses().stream().filter(c -> c.number().equals("3.4")).map(Clause::id))
                .containsExactly(ClauseId.of("p3-4-joint-leadership"), ClauseId.of("p3-4-co-leader"));
        assertThat(EDITION.clauses().stream().filter(c -> c.number().equals("3.5")).map(Clause::id))
                .containsExactly(ClauseId.of("p3-5-leader"), ClauseId.of("p3-5-joint-duties"));
    }

    @Test
    void eachTwiceNumberedClauseHasItsOwnRulesAndSaysWhichOneItIs() {
        assertThat(rulesCiting("p3-4-joint-leadership")).containsExactlyInAnyOrder("leader-in-office",
                "co-leader-in-office", "leader-appointed-by-order", "co-leader-appointed-by-order");
        assertThat(rulesCiting("p3-5-leader")).containsExactly("leader-eligibility");
        assertThat(rulesCiting("p3-4-co-leader")).containsExactly("co-leader-eligibility");
        assertThat(rulesCiting("p3-5-joint-duties")).containsExactly("consultations-each-school-year");
        assertThat(clause("p3-4-joint-leadership").interpretation()).hasValueSatisfying(i -> assertThat(i).contains("Первый"));
        assertThat(clause("p3-4-co-leader").interpretation()).hasValueSatisfying(i -> assertThat(i).contains("Второй"));
        assertThat(clause("p3-5-joint-duties").interpretation()).hasValueSatisfying(i -> assertThat(i).contains("соруководитель"));
    }

    @Test
    void theContestItemOf38IsAnObligationNotATerminationReason() {
        assertThat(rulesCiting("p3-8-abz6")).containsExactly("contest-each-school-year");
        Rule termination = EDITION.rules().stream().filter(r -> r.id().value().equals("termination-reasons")).findFirst().orElseThrow();
        assertThat(termination.clauses()).extracting(ClauseId::value)
                .containsExactly("p3-8", "p3-8-abz2", "p3-8-abz3", "p3-8-abz4", "p3-8-abz5");
    }

    @Test
    void citesAsALawyerWouldWithTheMissingRequisitesSaidOutLoud() {
        assertThat(PROFILE.citation(EDITION, List.of(ClauseId.of("p3-5-leader")))).isEqualTo(
                "п. 3.5 Положения об опорной (стажировочной) методической площадке МБУ ИМЦ УО Яйского округа, "
                        + "утв. МБУ ИМЦ УО Яйского округа (дата и реквизиты утверждения в тексте не указаны)");
    }

    private static Clause clause(String id) {
        return EDITION.clause(ClauseId.of(id)).orElseThrow();
    }

    private static List<String> rulesCiting(String clauseId) {
        return EDITION.rulesCiting(ClauseId.of(clauseId)).stream().map(r -> r.id().value()).toList();
    }
}
