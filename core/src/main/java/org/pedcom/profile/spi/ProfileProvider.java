package org.pedcom.profile.spi;

import java.util.List;

import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;

/**
 * The plug-in point of a profile module, found through {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.pedcom.profile.spi.ProfileProvider}. Each provider names itself and builds its
 * profile for the settings a portal chose.
 */
public interface ProfileProvider {

    /** The id of the profile it provides; unique among all providers on the class path. */
    ProfileId id();

    /** The regulation's Russian title, for listings. */
    String title();

    /** The choices a portal may make between readings of the text; empty when there are none. */
    default List<ProfileParameter> parameters() {
        return List.of();
    }

    /**
     * Builds the profile. {@code settings} hold only checked values: the registry resolved them against
     * {@link #parameters()}, so every parameter has its value.
     */
    Profile create(ProfileSettings settings);
}
