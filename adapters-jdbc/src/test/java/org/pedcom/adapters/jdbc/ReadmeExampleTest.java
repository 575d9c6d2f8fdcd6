package org.pedcom.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.pedcom.community.Community;
import org.pedcom.community.CommunityId;
import org.pedcom.community.CommunityKind;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.Organisation;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.organisation.Territory;
import org.pedcom.record.CommunityRecord;

/** The example of the module README, kept here so that it keeps compiling and working. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns() {
        // --- README example begins
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1");
        PedcomSchema.migrate(dataSource);
        Communities communities = JdbcCommunities.over(dataSource);

        Organisation school = Organisation.of("school-1", "МБОУ «Школа № 1»", OrganisationKind.EDUCATIONAL,
                Territory.of("Рязанская область", "Рыбновский муниципальный район"), EducationLevel.PRIMARY_GENERAL);
        CommunityRecord record = CommunityRecord.builder(new Community(CommunityId.of("mo-1"), CommunityKind.MO,
                        "МО учителей начальных классов", school.id(), LocalDate.of(2024, 9, 1), Optional.empty(),
                        Optional.empty(), List.of(), Optional.empty()))
                .organisation(school)
                .build();

        Versioned<CommunityRecord> stored = communities.add(record);              // version 1
        Versioned<CommunityRecord> changed = stored.map(r -> r.toBuilder()
                .meeting(new Meeting(MeetingId.of("m-1"), LocalDate.of(2024, 9, 20), EventForm.SESSION,
                        "План работы на 2024/2025", List.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .build());
        Versioned<CommunityRecord> saved = communities.update(changed);          // version 2
        // communities.update(changed) again: CommunityConflictException, "версия 2, ожидалась 1"

        try (Stream<CommunityRecord> district = communities.hostedIn(school.territory())) {
            district.forEach(r -> System.out.println(r.community().name() + ": " + r.meetings().size()));
        }
        // --- README example ends

        assertThat(saved.version()).isEqualTo(2);
        assertThat(communities.find(CommunityId.of("mo-1"))).contains(saved);
        assertThatThrownBy(() -> communities.update(changed)).isInstanceOf(CommunityConflictException.class)
                .hasMessageContaining("версия 2, ожидалась 1");
    }
}
