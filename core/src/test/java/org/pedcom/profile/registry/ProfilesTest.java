package org.pedcom.profile.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.LocalizedText;

class ProfilesTest {

    /** A provider whose only clause records which month setting it was built with. */
    record FakeProvider(String code) implements ProfileProvider {
        @Override
        public ProfileId id() {
            return ProfileId.of(code);
        }

        @Override
        public String title() {
            return "Положение " + code;
        }

        @Override
        public List<ProfileParameter> parameters() {
            return List.of(new ProfileParameter("counted-months", LocalizedText.of("Месяцы", "Months"),
                    List.of("september-may", "all-months"), "september-may"));
        }

        @Override
        public Profile create(ProfileSettings settings) {
            return Profile.builder(code).title(title()).citedAs("Положения").issuedBy("ИМЦ").settings(settings.values())
                    .edition("e1", LocalDate.of(2020, 1, 1), "утв.")
                    .clause("p1", "1", "Месяцы: " + settings.values().get("counted-months")).build();
        }
    }

    @Test
    void looksUpProfilesByIdWithDefaultOrChosenSettings() {
        Profiles profiles = Profiles.of(List.of(new FakeProvider("b-profile"), new FakeProvider("a-profile")));

        assertThat(profiles.ids()).extracting(ProfileId::value).containsExactly("a-profile", "b-profile");
        assertThat(profiles.profile("a-profile").settings()).containsEntry("counted-months", "september-may");
        assertThat(profiles.profile(ProfileId.of("a-profile"), ProfileSettings.of(Map.of("counted-months", "all-months")))
                .editions().get(0).clauses().get(0).text()).isEqualTo("Месяцы: all-months");
        assertThat(profiles.edition("a-profile", LocalDate.of(2024, 1, 1))).isPresent();
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        Profiles profiles = Profiles.of(List.of(new FakeProvider("rybnovsky-pps"), new FakeProvider("yaya-osmp")));

        assertThatThrownBy(() -> profiles.profile("tomsk")).isInstanceOf(UnknownProfileException.class)
                .hasMessageContaining("Неизвестный профиль «tomsk»").hasMessageContaining("[rybnovsky-pps, yaya-osmp]");
    }

    @Test
    void twoProfilesWithOneIdFailAtStartUpNamingBoth() {
        assertThatIllegalStateException().isThrownBy(() -> Profiles.of(List.of(new FakeProvider("x"), new FakeProvider("x"))))
                .withMessageContaining("Два профиля с id «x»").withMessageContaining(FakeProvider.class.getName());
    }

    @Test
    void rejectsSettingsThatAreNotAllowed() {
        Profiles profiles = Profiles.of(List.of(new FakeProvider("x")));

        assertThatIllegalArgumentException().isThrownBy(() -> profiles.profile(ProfileId.of("x"),
                ProfileSettings.of(Map.of("counted-months", "june")))).withMessageContaining("june");
    }

    @Test
    void theCoreAloneProvidesNoProfile() {
        assertThat(Profiles.load().ids()).isEmpty();
    }
}
