package org.pedcom.compliance;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pedcom.act.Act;
import org.pedcom.calendar.TermCalendar;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.meeting.Protocol;
import org.pedcom.meeting.RegistrationSheet;
import org.pedcom.meeting.Signature;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.Membership;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.Body;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.organisation.Territory;
import org.pedcom.people.CategoryGrant;
import org.pedcom.people.PedagogicalWorker;
import org.pedcom.people.PersonalData;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.people.Qualifications;
import org.pedcom.people.SpecialtyExperience;
import org.pedcom.people.WorkerId;
import org.pedcom.profile.EditionBuilder;
import org.pedcom.profile.Profile;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Requirement;

/**
 * Shared fixtures of the engine tests: a school hosting a community, the municipal methodological centre, the
 * education authority, a leader and a secretary, and well-formed meetings.
 */
final class EngineFixtures {

    static final Territory TERRITORY = Territory.of("Рязанская область", "Рыбновский муниципальный район");
    static final OrganisationId SCHOOL = OrganisationId.of("sch-1");
    static final OrganisationId CENTRE = OrganisationId.of("rimk");
    static final OrganisationId AUTHORITY = OrganisationId.of("uo");
    static final WorkerId LEADER = WorkerId.of("w-leader");
    static final WorkerId SECRETARY = WorkerId.of("w-secretary");
    static final WorkerId TEACHER = WorkerId.of("w-teacher");
    static final LocalDate SEP_1_2024 = LocalDate.of(2024, Month.SEPTEMBER, 1);

    private EngineFixtures() {
    }

    static Act orderOfCentre(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(CENTRE), title);
    }

    static Act orderOfSchool(String number, LocalDate date, String title) {
        return Act.order(number, date, Body.headOf(SCHOOL), title);
    }

    static Act decisionOfCentreCouncil(String number, LocalDate date, String title) {
        return Act.decision(number, date, Body.of(BodyKind.METHODICAL_COUNCIL, CENTRE), title);
    }

    static PedagogicalWorker aTeacher(WorkerId id, Position position, OrganisationId employer, LocalDate workingSince,
                                      CategoryGrant... grants) {
        return new PedagogicalWorker(id, position, employer, Set.of(), new Qualifications(List.of(grants)),
                SpecialtyExperience.since(workingSince), PersonalData.named("Педагог " + id.value()));
    }

    /** A community created on {@code createdOn} with a leader and a secretary appointed and three members. */
    static CommunityRecord.Builder aCommunityCreatedOn(LocalDate createdOn) {
        Act creation = orderOfSchool("1-к", createdOn, "О создании профессионального сообщества");
        Community community = new Community(CommunityId.of("c-1"), CommunityKind.PS, "ПС учителей математики", SCHOOL,
                createdOn, Optional.of(creation), Optional.empty(), List.of("функциональная грамотность"), Optional.empty());
        return CommunityRecord.builder(community)
                .terms(TermCalendar.standard())
                .organisation(Organisation.of(SCHOOL.value(), "МОКУ «Соболевская средняя школа»", OrganisationKind.EDUCATIONAL,
                        TERRITORY, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL, EducationLevel.SECONDARY_GENERAL))
                .organisation(Organisation.of(CENTRE.value(), "РИМК", OrganisationKind.METHODICAL_CENTRE, TERRITORY))
                .organisation(Organisation.of(AUTHORITY.value(), "Управление образования", OrganisationKind.EDUCATION_AUTHORITY, TERRITORY))
                .worker(aTeacher(LEADER, Position.TEACHER, SCHOOL, LocalDate.of(2010, 9, 1),
                        CategoryGrant.of(QualificationCategory.HIGHEST, LocalDate.of(2023, 12, 1))))
                .worker(aTeacher(SECRETARY, Position.TEACHER, SCHOOL, LocalDate.of(2018, 9, 1)))
                .worker(aTeacher(TEACHER, Position.TEACHER, SCHOOL, LocalDate.of(2023, 9, 1)))
                .membership(Membership.since(LEADER, createdOn, MembershipBasis.APPLICATION))
                .membership(Membership.since(SECRETARY, createdOn, MembershipBasis.APPLICATION))
                .membership(Membership.since(TEACHER, createdOn, MembershipBasis.APPLICATION))
                .appointment(Appointment.byAct(LEADER, CommunityRole.LEADER, creation))
                .appointment(Appointment.byAct(SECRETARY, CommunityRole.SECRETARY, creation));
    }

    /** A session with one question, its decision and recommendation, a protocol signed by leader and secretary, attendance. */
    static Meeting aSession(String id, LocalDate date) {
        return new Meeting(MeetingId.of(id), date, EventForm.SESSION, "Заседание " + id,
                List.of(AgendaItem.of("О ходе работы", List.of("Принять к сведению"), List.of("Продолжить работу"))),
                Optional.of(new Protocol(id.replace("m-", ""), date, List.of(new Signature(LEADER, CommunityRole.LEADER),
                        new Signature(SECRETARY, CommunityRole.SECRETARY)))),
                Optional.of(new RegistrationSheet(Set.of(LEADER, SECRETARY, TEACHER), 0)), Optional.empty());
    }

    /** Sessions on the 15th of each given month of school year 2024/2025. */
    static CommunityRecord.Builder withMonthlySessions(CommunityRecord.Builder record, Month... months) {
        for (Month m : months) {
            int year = m.getValue() >= 9 ? 2024 : 2025;
            record.meeting(aSession("m-" + year + "-" + m.getValue(), LocalDate.of(year, m, 15)));
        }
        return record;
    }

    /** Judges {@code record} against a one-rule profile requiring {@code requirement}. */
    static ComplianceReport judge(CommunityRecord.Builder record, Requirement requirement, LocalDate asOf) {
        return Compliance.evaluate(record.build(), aProfileRequiring(requirement), asOf);
    }

    /** A one-clause, one-rule profile in force since 2020. */
    static Profile aProfileRequiring(Requirement requirement) {
        return aProfileBuilder().clause("p1", "1.1", "Текст пункта.").requires("rule-1", requirement).build();
    }

    static EditionBuilder aProfileBuilder() {
        return Profile.builder("test-profile")
                .title("Положение о тестовом сообществе")
                .citedAs("Положения о тестовом сообществе")
                .issuedBy("МОКУ «Соболевская средняя школа»")
                .edition("2020-01-01", LocalDate.of(2020, 1, 1), "утв. приказом № 1 от 01.01.2020");
    }
}
