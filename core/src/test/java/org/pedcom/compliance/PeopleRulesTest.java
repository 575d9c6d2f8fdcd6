package org.pedcom.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.compliance.EngineFixtures.LEADER;
import static org.pedcom.compliance.EngineFixtures.SCHOOL;
import static org.pedcom.compliance.EngineFixtures.SECRETARY;
import static org.pedcom.compliance.EngineFixtures.TEACHER;
import static org.pedcom.compliance.EngineFixtures.aCommunityCreatedOn;
import static org.pedcom.compliance.EngineFixtures.aTeacher;
import static org.pedcom.compliance.EngineFixtures.judge;
import static org.pedcom.compliance.EngineFixtures.orderOfCentre;
import static org.pedcom.compliance.EngineFixtures.orderOfSchool;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pedcom.act.Act;
import org.pedcom.community.Community;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.people.WorkerId;
import org.pedcom.calendar.SchoolYear;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.CreationByAct;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.MembershipBasisRequired;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.RoleEligibility;

class PeopleRulesTest {

    private static final LocalDate CREATED = LocalDate.of(2024, 8, 30);
    private static final RoleEligibility TEACHER_WITH_CATEGORY_AND_THREE_YEARS = RoleEligibility.of(CommunityRole.LEADER, true,
            Eligibility.anyone().withAdministrativeRoles(org.pedcom.people.AdministrativeRole.HEAD_OF_ORGANISATION),
            Eligibility.anyone().withCategories(QualificationCategory.FIRST, QualificationCategory.HIGHEST)
                    .withMinYearsInSpecialty(3).mustBeMember());

    /** The standard community with its leader replaced by one working in the specialty since {@code since}. */
    private static CommunityRecord.Builder withLeader(LocalDate since, CategoryGrant... grants) {
        CommunityRecord r = aCommunityCreatedOn(CREATED).build();
        CommunityRecord.Builder b = CommunityRecord.builder(r.community()).terms(r.terms());
        r.organisations().forEach(b::organisation);
        r.workers().stream().filter(w -> !w.id().equals(LEADER)).forEach(b::worker);
        b.worker(aTeacher(LEADER, Position.TEACHER, SCHOOL, since, grants));
        r.memberships().forEach(b::membership);
        r.appointments().forEach(b::appointment);
        return b;
    }

    @Test
    void acceptsALeaderWithACategoryAndThreeYears() {
        ComplianceReport report = judge(aCommunityCreatedOn(CREATED), TEACHER_WITH_CATEGORY_AND_THREE_YEARS, LocalDate.of(2025, 5, 1));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void rejectsALeaderOneDayShortOfThreeYearsOnTheDayOfAppointment() {
        // appointed on 30.08.2024: work since 01.09.2021 gives 2 years 11 months 30 days, and 30 days make a month
        // under the rules of counting service; since 02.09.2021 it is a day short
        ComplianceReport shortByADay = judge(withLeader(LocalDate.of(2021, 9, 2),
                CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2024, 1, 10))), TEACHER_WITH_CATEGORY_AND_THREE_YEARS,
                LocalDate.of(2024, 8, 30));
        ComplianceReport exactly = judge(withLeader(LocalDate.of(2021, 9, 1),
                CategoryGrant.of(QualificationCategory.FIRST, LocalDate.of(2024, 1, 10))), TEACHER_WITH_CATEGORY_AND_THREE_YEARS,
                LocalDate.of(2024, 8, 30));

        assertThat(shortByADay.violations()).singleElement().satisfies(f -> {
            assertThat(f.message().ru()).contains("стаж по специальности 2 полных года, требуется не менее 3 лет");
            assertThat(f.evidence().workers()).containsExactly(LEADER);
        });
        assertThat(exactly.violations()).isEmpty();
    }

    @Test
    void reportsALeaderWhoseOldCategoryLapsedAfterFiveYears() {
        // granted under the old order on 01.03.2020: valid to 28.02.2025 inclusive
        CommunityRecord.Builder record = withLeader(LocalDate.of(2010, 9, 1),
                CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2020, 3, 1)));

        ComplianceReport lastValidDay = judge(record, TEACHER_WITH_CATEGORY_AND_THREE_YEARS, LocalDate.of(2025, 2, 28));
        ComplianceReport dayAfter = judge(record, TEACHER_WITH_CATEGORY_AND_THREE_YEARS, LocalDate.of(2025, 3, 1));

        assertThat(lastValidDay.violations()).isEmpty();
        assertThat(dayAfter.violations()).singleElement().satisfies(f ->
                assertThat(f.message().ru()).contains("больше не соответствует").contains("01.03.2025"));
    }

    @Test
    void reportsAVacantRoleThatMustBeFilled() {
        CommunityRecord r = aCommunityCreatedOn(CREATED).build();
        CommunityRecord.Builder noLeader = CommunityRecord.builder(r.community());
        r.organisations().forEach(noLeader::organisation);
        r.workers().forEach(noLeader::worker);
        r.memberships().forEach(noLeader::membership);
        noLeader.appointment(new Appointment(LEADER, CommunityRole.LEADER, CREATED, Optional.of(LocalDate.of(2024, 12, 31)), Optional.empty()));

        ComplianceReport report = judge(noLeader, TEACHER_WITH_CATEGORY_AND_THREE_YEARS, LocalDate.of(2025, 2, 1));

        assertThat(report.violations()).singleElement().satisfies(f ->
                assertThat(f.message().ru()).contains("не занята с 01.01.2025 по 01.02.2025"));
    }

    @Test
    void requiresAMemberWhenTheClauseSaysFromTheGroup() {
        RoleEligibility teacherFromTheGroup = RoleEligibility.of(CommunityRole.LEADER, false,
                Eligibility.anyone().withPositions(Position.TEACHER).mustBeMember());
        CommunityRecord r = aCommunityCreatedOn(CREATED).build();
        CommunityRecord.Builder b = CommunityRecord.builder(r.community());
        r.organisations().forEach(b::organisation);
        r.workers().forEach(b::worker);
        r.appointments().forEach(b::appointment);
        b.membership(Membership.since(SECRETARY, CREATED, MembershipBasis.APPLICATION));

        assertThat(judge(b, teacherFromTheGroup, LocalDate.of(2024, 9, 10)).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("не является участником"));
        assertThat(judge(aCommunityCreatedOn(CREATED), teacherFromTheGroup, LocalDate.of(2024, 9, 10)).violations()).isEmpty();
    }

    @Test
    void checksTheEmployerOfTheHolder() {
        RoleEligibility methodistOfTheCentre = RoleEligibility.of(CommunityRole.LEADER, false,
                Eligibility.anyone().withPositions(Position.METHODIST).employedBy(OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE)));

        ComplianceReport report = judge(aCommunityCreatedOn(CREATED), methodistOfTheCentre, LocalDate.of(2024, 9, 10));

        assertThat(report.violations()).singleElement().satisfies(f -> assertThat(f.message().ru())
                .contains("должность «учитель»").contains("основное место работы"));
    }

    @Test
    void requiresTheAppointingActOfTheRightIssuer() {
        AppointmentByAct byCentre = new AppointmentByAct(CommunityRole.LEADER,
                ActRequirement.orderOfHead(OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE)));
        AppointmentByAct byHost = new AppointmentByAct(CommunityRole.LEADER, ActRequirement.orderOfHead(OrganisationScope.host()));

        assertThat(judge(aCommunityCreatedOn(CREATED), byHost, LocalDate.of(2024, 9, 1)).violations()).isEmpty();
        assertThat(judge(aCommunityCreatedOn(CREATED), byCentre, LocalDate.of(2024, 9, 1)).violations()).singleElement()
                .satisfies(f -> {
                    assertThat(f.message().ru()).contains("приказ № 1-к от 30.08.2024 — орган: руководитель «МОКУ");
                    assertThat(f.evidence().acts()).containsExactly("приказ № 1-к от 30.08.2024");
                });
    }

    @Test
    void reportsAnAppointmentWithoutAnyAct() {
        CommunityRecord.Builder b = aCommunityCreatedOn(CREATED)
                .appointment(new Appointment(TEACHER, CommunityRole.CO_LEADER, LocalDate.of(2024, 10, 1), Optional.empty(), Optional.empty()));

        ComplianceReport report = judge(b, new AppointmentByAct(CommunityRole.CO_LEADER, ActRequirement.orderOfHead(OrganisationScope.host())),
                LocalDate.of(2024, 10, 1));

        assertThat(report.violations()).singleElement().satisfies(f -> assertThat(f.message().ru()).contains("не оформлено актом"));
    }

    @Test
    void requiresTheCreationAct() {
        CreationByAct byDirector = new CreationByAct(ActRequirement.orderOfHead(OrganisationScope.host()));
        Community created = aCommunityCreatedOn(CREATED).build().community();
        Community withoutAct = new Community(created.id(), created.kind(), created.name(), created.host(), created.createdOn(),
                Optional.empty(), created.form(), created.directions(), created.termination());

        assertThat(judge(aCommunityCreatedOn(CREATED), byDirector, CREATED).violations()).isEmpty();
        assertThat(judge(aCommunityCreatedOn(CREATED).community(withoutAct), byDirector, CREATED).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("нет акта о создании"));
        assertThat(judge(aCommunityCreatedOn(CREATED).community(withoutAct), byDirector, CREATED.minusDays(1)).findings())
                .as("not judged before the community exists").isEmpty();
    }

    @Test
    void membershipMustRestOnTheMembersApplication() {
        MembershipBasisRequired byApplication = MembershipBasisRequired.of(MembershipBasis.APPLICATION);
        WorkerId drafted = WorkerId.of("w-drafted");
        CommunityRecord.Builder b = aCommunityCreatedOn(CREATED)
                .worker(aTeacher(drafted, Position.TEACHER, SCHOOL, LocalDate.of(2015, 9, 1)))
                .membership(Membership.since(drafted, LocalDate.of(2024, 11, 1), MembershipBasis.ORDER));

        assertThat(judge(b, byApplication, LocalDate.of(2024, 10, 31)).violations()).as("not yet joined").isEmpty();
        assertThat(judge(b, byApplication, LocalDate.of(2024, 11, 1)).violations()).singleElement()
                .satisfies(f -> assertThat(f.evidence().workers()).containsExactly(drafted));
    }

    @Test
    void requiresAYearlyCompositionOrderNamingEveryMemberByItsDeadline() {
        AnnualCompositionOrder order = new AnnualCompositionOrder(ActRequirement.orderOfHead(OrganisationScope.host()),
                Deadline.on(MonthDay.of(9, 30)));
        Act onTime = orderOfSchool("15-од", LocalDate.of(2024, 9, 30), "О составе ПС на 2024/2025 учебный год");
        Act late = orderOfSchool("19-од", LocalDate.of(2024, 10, 1), "О составе ПС на 2024/2025 учебный год");
        Set<WorkerId> all = Set.of(LEADER, SECRETARY, TEACHER);

        CommunityRecord.Builder good = aCommunityCreatedOn(CREATED).compositionOrder(new CompositionOrder(SchoolYear.of(2024), onTime, all, List.of()));
        CommunityRecord.Builder tardy = aCommunityCreatedOn(CREATED).compositionOrder(new CompositionOrder(SchoolYear.of(2024), late, all, List.of()));
        CommunityRecord.Builder partial = aCommunityCreatedOn(CREATED)
                .compositionOrder(new CompositionOrder(SchoolYear.of(2024), onTime, Set.of(LEADER, SECRETARY), List.of()));
        CommunityRecord.Builder wrongIssuer = aCommunityCreatedOn(CREATED).compositionOrder(new CompositionOrder(SchoolYear.of(2024),
                orderOfCentre("3", LocalDate.of(2024, 9, 2), "О составе"), all, List.of()));

        LocalDate asOf = LocalDate.of(2024, 10, 5);
        assertThat(judge(good, order, asOf).violations()).isEmpty();
        assertThat(judge(tardy, order, asOf).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("позже срока 30.09.2024"));
        assertThat(judge(partial, order, asOf).violations()).singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("[w-teacher]"));
        assertThat(judge(wrongIssuer, order, asOf).violations()).hasSize(1);
        assertThat(judge(aCommunityCreatedOn(CREATED), order, LocalDate.of(2024, 9, 29)).obligations()).singleElement()
                .satisfies(o -> assertThat(o.dueBy()).isEqualTo(LocalDate.of(2024, 9, 30)));
        assertThat(judge(aCommunityCreatedOn(CREATED), order, LocalDate.of(2024, 9, 30)).violations())
                .as("the deadline day itself is judged").singleElement()
                .satisfies(f -> assertThat(f.message().ru()).contains("нет приказа о составе на 2024/2025"));
    }
}
