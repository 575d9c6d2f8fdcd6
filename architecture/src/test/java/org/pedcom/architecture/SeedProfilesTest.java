package org.pedcom.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.registry.Profiles;

/** With every module on the class path, the registry sees exactly the five seed regulations. */
class SeedProfilesTest {

    @Test
    void serviceLoaderFindsExactlyTheFiveSeedProfiles() {
        Profiles profiles = Profiles.load();

        assertThat(profiles.ids()).extracting(ProfileId::value).containsExactly(
                "kamensk-uralsky-mo", "rybnovsky-pps", "sobolevskaya-ps", "tomsk-logoposidelki", "yaya-osmp");
        profiles.ids().forEach(id -> assertThat(profiles.profile(id.value()).id()).isEqualTo(id));
    }
}
