package org.pedcom.benchmarks.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.registry.Profiles;

class WorkloadsTest {

    @Test
    void everySeedProfileHasAGenerator() {
        assertThat(Workloads.profileIds())
                .containsExactlyInAnyOrderElementsOf(Profiles.load().ids().stream().map(ProfileId::value).toList());
    }

    @Test
    void eachGeneratorWritesForTheProfileItIsListedUnder() {
        for (String id : Workloads.profileIds()) {
            assertThat(Workloads.of(id).profileId()).isEqualTo(id);
            assertThat(Workloads.of(id).communityYears(1, 3)).hasSize(3);
        }
    }

    @Test
    void rejectsAnUnknownProfileNamingTheKnownOnes() {
        assertThatThrownBy(() -> Workloads.of("no-such-profile"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-profile").hasMessageContaining("rybnovsky-pps");
    }
}
