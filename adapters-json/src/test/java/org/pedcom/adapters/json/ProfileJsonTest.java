package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pedcom.compliance.Compliance;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.profile.spi.ProfileProvider;

class ProfileJsonTest {

    private static final JsonProfiles PROFILES = JsonProfiles.standard();

    /** Every provider found on the class path (the seed profiles, once they are test dependencies) and the rich one. */
    static List<ProfileProvider> everyProvider() {
        List<ProfileProvider> providers = new ArrayList<>(Profiles.load().providers());
        providers.add(JsonFixtures.richProvider());
        return providers;
    }

    /** Default settings, then each allowed value of each parameter in turn. */
    static List<ProfileSettings> everySetting(ProfileProvider provider) {
        List<ProfileSettings> settings = new ArrayList<>();
        settings.add(ProfileSettings.defaults());
        for (ProfileParameter p : provider.parameters()) {
            for (String value : p.allowed()) {
                if (!value.equals(p.defaultValue())) {
                    Map<String, String> one = new HashMap<>();
                    one.put(p.name(), value);
                    settings.add(ProfileSettings.of(one));
                }
            }
        }
        return settings;
    }

    @TestFactory
    Stream<DynamicTest> everyProfileOnTheClassPathExportedToJsonAndLoadedBackIsEqualToTheOriginal() {
        return everyProvider().stream().flatMap(provider -> everySetting(provider).stream().map(settings ->
                DynamicTest.dynamicTest(provider.id() + " " + settings.values(), () -> {
                    Profile original = Profiles.of(List.of(provider)).profile(provider.id(), settings);

                    String json = PROFILES.write(original);
                    Profile loaded = PROFILES.read(json);

                    assertThat(loaded).isEqualTo(original);
                    assertThat(PROFILES.write(loaded)).isEqualTo(json);
                })));
    }

    @Test
    void aProfileLoadedFromJsonJudgesExactlyLikeTheOneWrittenInJava() throws Exception {
        Profile java = JsonFixtures.richProfile();
        Profile json = PROFILES.read(PROFILES.write(java));

        for (LocalDate asOf : List.of(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2026, 1, 1))) {
            assertThat(Compliance.evaluate(JsonFixtures.richRecord(), json, asOf))
                    .isEqualTo(Compliance.evaluate(JsonFixtures.richRecord(), java, asOf));
        }
    }

    @Test
    void theExportedProfileIsValidAgainstTheProfileSchemaAndReadsRequirementsByTheirTypeCode() throws Exception {
        String json = PROFILES.write(JsonFixtures.richProfile());

        assertThat(JsonSchemas.validate(JsonSchemas.Schema.PROFILE, json)).isEmpty();
        assertThat(json).contains("\"type\": \"meeting-frequency\"", "\"lastDay\": \"09-15\"", "\"maximumTerm\": \"P3Y\"",
                "\"countedMonths\": [\n");
    }

    @Test
    void readsARequirementWhoseTypeIsWrittenLast() throws Exception {
        String json = PROFILES.write(JsonFixtures.richProfile());
        String moved = json.replaceFirst("\"type\": \"meeting-frequency\",\n(\\s*)\"minimum\": 1,",
                "\"minimum\": 1,\n$1\"type\": \"meeting-frequency\",");

        assertThat(moved).isNotEqualTo(json);
        assertThat(PROFILES.read(moved)).isEqualTo(JsonFixtures.richProfile());
    }

    @Test
    void writesNothingForAnEmptyOptionalAndReadsAnAbsentOrNullOneAsEmpty() throws Exception {
        String json = PROFILES.write(JsonFixtures.richProfile());
        assertThat(json).doesNotContain("null");

        String withNull = json.replaceFirst("\"adoption\": \"утв. приказом № 39/1 от 23.08.2023\"",
                "\"effectiveTo\": null, \"adoption\": \"утв. приказом № 39/1 от 23.08.2023\"");

        assertThat(withNull).isNotEqualTo(json);
        assertThat(PROFILES.read(withNull)).isEqualTo(JsonFixtures.richProfile());
    }
}
