package org.pedcom.profiles.kamensk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.DEPUTY;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.METHODIST;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.NEWCOMER;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.SCHOOL_DEPUTY;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.draft;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.judge;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.onlyViolation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pedcom.compliance.Finding;
import org.pedcom.membership.Appointment;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.CompositionOrder;
import org.pedcom.membership.Membership;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.people.WorkerId;
import org.pedcom.record.CommunityRecord;

/** П. 5.3 (контроль заместителем директора ЦПМСС) и п. 9.1 (заявительный характер включения). */
class PeopleRulesTest {

    // ---- 5.3 ------------------------------------------------------------------------------------------------

    @Test
    void rejectsASupervisorWhoIsNotADeputyDirector() {
        Finding f = onlyViolation(judge(supervisedBy(METHODIST)), "supervisor-deputy-director", "5.3");
        assertThat(f.message().ru()).contains("нет административной роли");
        assertThat(f.evidence().workers()).containsExactly(METHODIST);
    }

    @Test
    void rejectsADeputyHeadOfAnotherOrganisation() {
        Finding f = onlyViolation(judge(supervisedBy(SCHOOL_DEPUTY)), "supervisor-deputy-director", "5.3");
        assertThat(f.message().ru()).contains("основное место работы");
    }

    @Test
    void rejectsMonthsWithoutAnyoneInChargeOfControl() {
        CommunityRecord record = draft().appointment(CommunityRole.SUPERVISOR, a -> new Appointment(a.worker(), a.role(),
                a.from(), Optional.of(LocalDate.of(2025, 3, 31)), a.act())).build();

        Finding f = onlyViolation(judge(record), "supervisor-deputy-director", "5.3");
        assertThat(f.message().ru()).contains("не занята с 01.04.2025 по 20.09.2025");
    }

    @Test
    void rejectsAnMoThatNeverHadAnyoneInChargeOfControl() {
        // The МО exists since 2016; under this edition its control has been vacant from 02.09.2024.
        KamenskMoCommunityYear.Draft draft = draft();
        draft.appointments.removeIf(a -> a.role() == CommunityRole.SUPERVISOR);

        Finding f = onlyViolation(judge(draft.build()), "supervisor-deputy-director", "5.3");
        assertThat(f.message().ru()).contains("не занята с 02.09.2024 по 20.09.2025");
    }

    @Test
    void acceptsTheDeputyDirectorOfTheCpmss() {
        assertThat(judge(supervisedBy(DEPUTY)).findings()).isEmpty();
    }

    // ---- 9.1: добровольный заявительный характер -----------------------------------------------------------

    @Test
    void rejectsAMemberIncludedWithoutApplication() {
        KamenskMoCommunityYear.Draft draft = draft();
        draft.memberships.replaceAll(m -> m.worker().equals(NEWCOMER)
                ? new Membership(m.worker(), m.joinedOn(), m.leftOn(), MembershipBasis.ORDER) : m);

        Finding f = onlyViolation(judge(draft.build()), "membership-by-application", "9.1");
        assertThat(f.evidence().workers()).containsExactly(NEWCOMER);
    }

    @Test
    void rejectsAMemberIncludedByPositionOnTheEditionsFirstDay() {
        onlyViolation(judge(withMethodistIncludedByPositionOn(LocalDate.of(2024, 9, 2))), "membership-by-application", "9.1");
    }

    @Test
    void leavesAMembershipBegunBeforeTheEditionToTheRulesThenInForce() {
        assertThat(judge(withMethodistIncludedByPositionOn(LocalDate.of(2024, 9, 1))).findings()).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static CommunityRecord supervisedBy(WorkerId worker) {
        return draft().appointment(CommunityRole.SUPERVISOR,
                a -> new Appointment(worker, a.role(), a.from(), a.until(), a.act())).build();
    }

    /** The methodist of the ЦПМСС joins by virtue of position and is named in the composition order. */
    private static CommunityRecord withMethodistIncludedByPositionOn(LocalDate joinedOn) {
        KamenskMoCommunityYear.Draft draft = draft().compositionOrder(o -> {
            HashSet<WorkerId> members = new HashSet<>(o.members());
            members.add(METHODIST);
            return new CompositionOrder(o.schoolYear(), o.act(), members, o.directions());
        });
        draft.memberships.add(new Membership(METHODIST, joinedOn, Optional.of(KamenskMoCommunityYear.YEAR.end()),
                MembershipBasis.BY_POSITION));
        return draft.build();
    }
}
