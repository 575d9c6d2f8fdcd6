package org.pedcom.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pedcom.community.CommunityId;
import org.pedcom.meeting.MeetingId;
import org.pedcom.organisation.OrganisationId;

class WorkerIdTest {

    @Test
    void idsAreEqualExactlyWhenTheirValuesAreAndHashLikeTheirValues() {
        String value = "w-leader";
        WorkerId id = new WorkerId(value);
        WorkerId same = new WorkerId(new String(value.toCharArray()));

        assertThat(id).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(new WorkerId("w-Leader"));
        assertThat(id.hashCode()).isEqualTo(value.hashCode());
        assertThat(id).isNotEqualTo(value).isNotEqualTo(null);
        assertThat(id.equals(new MeetingId(value))).isFalse();
    }

    @Test
    void idsOfMeetingsOrganisationsAndCommunitiesAreEqualExactlyWhenTheirValuesAre() {
        assertThat(new MeetingId("m-1")).isEqualTo(new MeetingId("m-1")).hasSameHashCodeAs(new MeetingId("m-1"))
                .isNotEqualTo(new MeetingId("m-2"));
        assertThat(new OrganisationId("o-1")).isEqualTo(new OrganisationId("o-1"))
                .hasSameHashCodeAs(new OrganisationId("o-1")).isNotEqualTo(new OrganisationId("o-2"));
        assertThat(new CommunityId("c-1")).isEqualTo(new CommunityId("c-1")).hasSameHashCodeAs(new CommunityId("c-1"))
                .isNotEqualTo(new CommunityId("c-2"));
        assertThat(new OrganisationId("x").equals(new CommunityId("x"))).isFalse();
    }
}
