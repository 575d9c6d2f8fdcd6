package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;

class JsonProfileProviderTest {

    @Test
    void aProfileFileJoinsTheRegistryAndScenariosNamingItsIdFindIt() throws Exception {
        JsonProfileProvider provider = JsonProfileProvider.ofResource(getClass().getClassLoader(),
                "org/pedcom/adapters/json/examples/example-mo/profile.json");
        Profiles registry = Profiles.of(List.of(provider));

        assertThat(registry.ids()).containsExactly(ProfileId.of("example-mo"));
        assertThat(registry.profile("example-mo").title()).isEqualTo("Положение о методическом объединении учителей (пример)");
        assertThatThrownBy(() -> provider.create(ProfileSettings.of(Map.of("x", "y")))).hasMessageContaining("has no parameters");
    }
}
