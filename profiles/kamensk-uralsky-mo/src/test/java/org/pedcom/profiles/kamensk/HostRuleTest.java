package org.pedcom.profiles.kamensk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.CPMSS;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.SCHOOL_21;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.draft;
import static org.pedcom.profiles.kamensk.KamenskMoCommunityYear.judge;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pedcom.community.Community;
import org.pedcom.compliance.ClauseStatus;
import org.pedcom.compliance.ComplianceReport;
import org.pedcom.compliance.Finding;
import org.pedcom.organisation.OrganisationId;
import org.pedcom.regulation.ClauseId;

/** П. 1.1: МО «функционирует на базе … ЦПМСС». */
class HostRuleTest {

    private static final LocalDate CREATED_UNDER_THE_EDITION = LocalDate.of(2024, 9, 2);

    @Test
    void acceptsAnMoCreatedOnTheBaseOfTheCpmss() {
        ComplianceReport report = judge(createdOnTheBaseOf(CPMSS));

        assertThat(report.violations()).noneMatch(f -> f.rule().value().equals("host-is-cpmss"));
        assertThat(report.clause(ClauseId.of("p1-1"))).hasValueSatisfying(
                c -> assertThat(c.status()).isEqualTo(ClauseStatus.COMPLIED));
    }

    @Test
    void rejectsAnMoCreatedOnTheBaseOfASchool() {
        ComplianceReport report = judge(createdOnTheBaseOf(SCHOOL_21));

        Finding f = report.violations().stream().filter(v -> v.rule().value().equals("host-is-cpmss")).findFirst()
                .orElseThrow();
        assertThat(f.clauseNumber()).isEqualTo("1.1");
        assertThat(f.message().ru()).contains("образовательная организация")
                .contains("центр психолого-педагогической помощи");
    }

    @Test
    void judgesTheHostOfAnMoCreatedBeforeTheEditionFromTheEditionsFirstDay() {
        // The МО of the fixture exists since 2016, before the edition of 02.09.2024: its host is judged from that day.
        assertThat(judge(KamenskMoCommunityYear.aCompliantCommunityYear()).clause(ClauseId.of("p1-1")))
                .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(ClauseStatus.COMPLIED));
    }

    private static org.pedcom.record.CommunityRecord createdOnTheBaseOf(OrganisationId host) {
        KamenskMoCommunityYear.Draft draft = draft().createdOn(CREATED_UNDER_THE_EDITION);
        Community c = draft.community;
        draft.community = new Community(c.id(), c.kind(), c.name(), host, c.createdOn(), c.creationAct(), c.form(),
                c.directions(), c.termination());
        return draft.build();
    }
}
