package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pedcom.record.RecordFixtures.aDeputyHead;
import static org.pedcom.record.RecordFixtures.aWorker;
import static org.pedcom.record.RecordFixtures.schoolId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pedcom.record.RecordFixtures;

class PedagogicalWorkerTest {

    private static final PedagogicalWorker TEACHER = aWorker("w-17");

    @Test
    void toStringNamesTheWorkerByIdOnlyAndShowsNoPersonalData() {
        PersonalData data = TEACHER.personalData();
        String printed = TEACHER.toString();
        assertThat(printed).contains("w-17", "teacher", schoolId().value());
        assertThat(printed).doesNotContain(data.fullName());
        assertThat(printed).doesNotContain(data.birthDate().orElseThrow().toString(), "1979");
        data.contacts().forEach(c -> assertThat(printed).doesNotContain(c.value()));
        data.awards().forEach(a -> assertThat(printed).doesNotContain(a));
    }

    @Test
    void categoriesAreAskedOnADate() {
        assertThat(TEACHER.categoriesOn(LocalDate.of(2021, 12, 22))).isEmpty();
        assertThat(TEACHER.categoriesOn(LocalDate.of(2021, 12, 23))).containsExactly(QualificationCategory.HIGHEST);
        assertThat(TEACHER.categoriesOn(LocalDate.of(2026, 12, 23))).isEmpty();
    }

    @Test
    void yearsInSpecialtyAreAskedOnADate() {
        assertThat(TEACHER.yearsInSpecialtyOn(LocalDate.of(2024, 8, 29))).isEqualTo(15);
        assertThat(TEACHER.yearsInSpecialtyOn(LocalDate.of(2024, 8, 31))).isEqualTo(16);
    }

    @Test
    void aDeputyHeadIsAdministrativeStaff() {
        assertThat(aDeputyHead("w-1", schoolId()).isAdministrativeStaff()).isTrue();
    }

    @Test
    void headOfAMethodicalAssociationAloneIsNotAdministrativeStaff() {
        PedagogicalWorker w = new PedagogicalWorker(TEACHER.id(), TEACHER.position(), TEACHER.employer(),
                Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION), TEACHER.qualifications(),
                TEACHER.experience(), TEACHER.personalData());
        assertThat(w.isAdministrativeStaff()).isFalse();
        assertThat(TEACHER.isAdministrativeStaff()).isFalse();
    }

    @Test
    void mutatingTheSourceRolesDoesNotChangeTheWorker() {
        Set<AdministrativeRole> roles = new HashSet<>(Set.of(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION));
        PedagogicalWorker w = new PedagogicalWorker(TEACHER.id(), TEACHER.position(), TEACHER.employer(), roles,
                TEACHER.qualifications(), TEACHER.experience(), TEACHER.personalData());
        roles.add(AdministrativeRole.HEAD_OF_ORGANISATION);
        assertThat(w.roles()).containsExactly(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION);
        assertThat(w.isAdministrativeStaff()).isFalse();
    }

    static Stream<Arguments> missingFields() {
        PedagogicalWorker w = TEACHER;
        return Stream.of(
                Arguments.of("PedagogicalWorker.id", (ThrowingCallable) () -> new PedagogicalWorker(null, w.position(),
                        w.employer(), w.roles(), w.qualifications(), w.experience(), w.personalData())),
                Arguments.of("PedagogicalWorker.position", (ThrowingCallable) () -> new PedagogicalWorker(w.id(), null,
                        w.employer(), w.roles(), w.qualifications(), w.experience(), w.personalData())),
                Arguments.of("PedagogicalWorker.employer", (ThrowingCallable) () -> new PedagogicalWorker(w.id(),
                        w.position(), null, w.roles(), w.qualifications(), w.experience(), w.personalData())),
                Arguments.of("PedagogicalWorker.roles", (ThrowingCallable) () -> new PedagogicalWorker(w.id(),
                        w.position(), w.employer(), null, w.qualifications(), w.experience(), w.personalData())),
                Arguments.of("PedagogicalWorker.qualifications", (ThrowingCallable) () -> new PedagogicalWorker(w.id(),
                        w.position(), w.employer(), w.roles(), null, w.experience(), w.personalData())),
                Arguments.of("PedagogicalWorker.experience", (ThrowingCallable) () -> new PedagogicalWorker(w.id(),
                        w.position(), w.employer(), w.roles(), w.qualifications(), null, w.personalData())),
                Arguments.of("PedagogicalWorker.personalData", (ThrowingCallable) () -> new PedagogicalWorker(w.id(),
                        w.position(), w.employer(), w.roles(), w.qualifications(), w.experience(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void rejectsAMissingFieldNamingItButNotThePerson(String field, ThrowingCallable construction) {
        assertThatIllegalArgumentException().isThrownBy(construction)
                .withMessageStartingWith(field + ":")
                .withMessageNotContaining(TEACHER.personalData().fullName());
    }

    @Test
    void workerIdPrintsAsItsValueAndRejectsBlank() {
        assertThat(WorkerId.of("w-17")).hasToString("w-17");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkerId.of(" ")).withMessageContaining("WorkerId.value");
    }

    @Test
    void fixtureWorkersOfDifferentIdsHaveRealisticRussianNames() {
        List<String> names = Stream.of("a", "b", "c", "d").map(RecordFixtures::aFullNameFor).toList();
        assertThat(names).allMatch(n -> n.matches("[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+"));
    }
}
