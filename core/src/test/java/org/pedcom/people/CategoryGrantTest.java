package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CategoryGrantTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void grantUnderTheOldOrderLastsFiveYearsToTheDayBeforeTheAnniversary() {
        CategoryGrant old = CategoryGrant.of(QualificationCategory.HIGHEST, day("2019-04-01"));
        assertThat(old.lastValidDay()).hasValue(day("2024-03-31"));
    }

    @Test
    void grantUnderTheOldOrderIsValidOnItsLastDayButNotTheDayAfter() {
        CategoryGrant old = CategoryGrant.of(QualificationCategory.HIGHEST, day("2019-04-01"));
        assertThat(old.isValidOn(day("2024-03-31"))).isTrue();
        assertThat(old.isValidOn(day("2024-04-01"))).isFalse();
    }

    @Test
    void grantIsValidFromItsOwnDateButNotBefore() {
        CategoryGrant old = CategoryGrant.of(QualificationCategory.FIRST, day("2019-04-01"));
        assertThat(old.isValidOn(day("2019-04-01"))).isTrue();
        assertThat(old.isValidOn(day("2019-03-31"))).isFalse();
    }

    @Test
    void grantOnTheLastDayOfTheOldOrderStillGetsFiveYears() {
        CategoryGrant last = CategoryGrant.of(QualificationCategory.FIRST, day("2023-08-31"));
        assertThat(last.lastValidDay()).hasValue(day("2028-08-30"));
        assertThat(last.isValidOn(day("2028-08-30"))).isTrue();
        assertThat(last.isValidOn(day("2028-08-31"))).isFalse();
    }

    @Test
    void grantFromFirstSeptember2023HasNoEnd() {
        CategoryGrant underOrder196 = CategoryGrant.of(QualificationCategory.FIRST, CategoryGrant.ORDER_196_IN_FORCE);
        assertThat(underOrder196.lastValidDay()).isEmpty();
        assertThat(underOrder196.isValidOn(day("2060-08-31"))).isTrue();
        assertThat(underOrder196.isValidOn(day("2023-08-31"))).isFalse();
    }

    @Test
    void order196CameIntoForceOnFirstSeptember2023() {
        assertThat(CategoryGrant.ORDER_196_IN_FORCE).isEqualTo(day("2023-09-01"));
    }

    @ParameterizedTest
    @EnumSource(value = QualificationCategory.class, names = {"METHODIST", "MENTOR"})
    void rejectsMethodistOrMentorGrantedBeforeFirstSeptember2023(QualificationCategory category) {
        assertThatIllegalArgumentException().isThrownBy(() -> CategoryGrant.of(category, day("2023-08-31")))
                .withMessageContaining("CategoryGrant.grantedOn")
                .withMessageContaining("exists from 2023-09-01")
                .withMessageContaining("2023-08-31");
    }

    @ParameterizedTest
    @EnumSource(value = QualificationCategory.class, names = {"METHODIST", "MENTOR"})
    void acceptsMethodistOrMentorGrantedFromFirstSeptember2023(QualificationCategory category) {
        assertThat(CategoryGrant.of(category, day("2023-09-01")).lastValidDay()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = QualificationCategory.class, names = {"FIRST", "HIGHEST"})
    void acceptsFirstAndHighestGrantedLongBefore2023(QualificationCategory category) {
        assertThat(CategoryGrant.of(category, day("2010-12-20")).lastValidDay()).hasValue(day("2015-12-19"));
    }

    @Test
    void rejectsMissingFieldsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> CategoryGrant.of(null, day("2024-01-01")))
                .withMessageContaining("CategoryGrant.category");
        assertThatIllegalArgumentException().isThrownBy(() -> CategoryGrant.of(QualificationCategory.FIRST, null))
                .withMessageContaining("CategoryGrant.grantedOn");
        CategoryGrant grant = CategoryGrant.of(QualificationCategory.FIRST, day("2024-01-01"));
        assertThatIllegalArgumentException().isThrownBy(() -> grant.isValidOn(null)).withMessageContaining("date");
    }
}
