package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pedcom.people.QualificationCategory.FIRST;
import static org.pedcom.people.QualificationCategory.HIGHEST;
import static org.pedcom.people.QualificationCategory.MENTOR;
import static org.pedcom.people.QualificationCategory.METHODIST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QualificationsTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static CategoryGrant grant(QualificationCategory category, String on) {
        return CategoryGrant.of(category, day(on));
    }

    @Test
    void holdsAnOldCategoryUpToItsLastDayOnly() {
        Qualifications q = Qualifications.of(grant(HIGHEST, "2019-04-01"), grant(FIRST, "2023-10-10"));
        assertThat(q.heldOn(day("2024-03-31"))).containsExactlyInAnyOrder(HIGHEST, FIRST);
        assertThat(q.heldOn(day("2024-04-01"))).containsExactly(FIRST);
    }

    @Test
    void holdsNothingBeforeTheFirstGrant() {
        Qualifications q = Qualifications.of(grant(FIRST, "2019-04-01"));
        assertThat(q.heldOn(day("2019-03-31"))).isEmpty();
        assertThat(Qualifications.none().heldOn(day("2024-01-01"))).isEmpty();
    }

    @Test
    void rejectsMethodistWithoutAnyHighestCategory() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Qualifications.of(grant(FIRST, "2020-01-10"), grant(METHODIST, "2024-01-15")))
                .withMessageContaining("Qualifications.grants")
                .withMessageContaining("category METHODIST granted 2024-01-15 requires a valid highest category");
    }

    @Test
    void rejectsMethodistGrantedTheDayAfterTheHighestCategoryExpired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Qualifications.of(grant(HIGHEST, "2019-04-01"), grant(METHODIST, "2024-04-01")))
                .withMessageContaining("requires a valid highest category");
    }

    @Test
    void acceptsMethodistGrantedOnTheLastDayOfTheHighestCategory() {
        Qualifications q = Qualifications.of(grant(HIGHEST, "2019-04-01"), grant(METHODIST, "2024-03-31"));
        assertThat(q.heldOn(day("2024-03-31"))).containsExactlyInAnyOrder(HIGHEST, METHODIST);
        assertThat(q.heldOn(day("2024-04-01"))).containsExactly(METHODIST);
    }

    @Test
    void acceptsMentorGrantedTheSameDayAsTheHighestCategory() {
        Qualifications q = Qualifications.of(grant(MENTOR, "2024-01-15"), grant(HIGHEST, "2024-01-15"));
        assertThat(q.heldOn(day("2024-01-15"))).containsExactlyInAnyOrder(HIGHEST, MENTOR);
    }

    @Test
    void rejectsMentorGrantedBeforeTheHighestCategory() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Qualifications.of(grant(MENTOR, "2024-01-14"), grant(HIGHEST, "2024-01-15")))
                .withMessageContaining("category MENTOR granted 2024-01-14");
    }

    @Test
    void keepsGrantsInDateOrderWhateverTheInputOrder() {
        Qualifications shuffled = Qualifications.of(grant(METHODIST, "2024-02-01"), grant(FIRST, "2015-05-20"),
                grant(HIGHEST, "2020-05-20"));
        assertThat(shuffled.grants()).extracting(CategoryGrant::category).containsExactly(FIRST, HIGHEST, METHODIST);
        assertThat(shuffled).isEqualTo(Qualifications.of(grant(FIRST, "2015-05-20"), grant(HIGHEST, "2020-05-20"),
                grant(METHODIST, "2024-02-01")));
    }

    @Test
    void holdsAnyOnChecksTheCategoriesHeldThatDay() {
        Qualifications q = Qualifications.of(grant(HIGHEST, "2019-04-01"));
        assertThat(q.holdsAnyOn(Set.of(HIGHEST, METHODIST), day("2024-03-31"))).isTrue();
        assertThat(q.holdsAnyOn(Set.of(HIGHEST, METHODIST), day("2024-04-01"))).isFalse();
        assertThat(q.holdsAnyOn(Set.of(FIRST), day("2020-01-01"))).isFalse();
    }

    @Test
    void mutatingTheSourceListDoesNotChangeTheGrants() {
        List<CategoryGrant> source = new ArrayList<>(List.of(grant(FIRST, "2020-01-10")));
        Qualifications q = new Qualifications(source);
        source.add(grant(HIGHEST, "2022-01-10"));
        assertThat(q.grants()).hasSize(1);
        assertThat(q.heldOn(day("2023-01-01"))).containsExactly(FIRST);
    }

    @Test
    void rejectsAMissingGrant() {
        List<CategoryGrant> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> new Qualifications(withNull))
                .withMessageContaining("Qualifications.grants[0]");
        assertThatIllegalArgumentException().isThrownBy(() -> new Qualifications(null))
                .withMessageContaining("Qualifications.grants");
    }
}
