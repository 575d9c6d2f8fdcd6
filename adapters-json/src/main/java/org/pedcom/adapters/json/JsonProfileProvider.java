package org.pedcom.adapters.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;

/**
 * A profile file as a {@link ProfileProvider}, so that a regulation written as JSON joins the registry beside the
 * profiles written in Java: {@code Profiles.of(List.of(JsonProfileProvider.of(path), …))}. The file is loaded and
 * checked once, when the provider is made. A JSON profile has no parameters: its {@code settings} are fixed in the
 * file, and {@link #create} accepts only the defaults.
 */
public final class JsonProfileProvider implements ProfileProvider {

    private final Profile profile;

    private JsonProfileProvider(Profile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** @throws JsonInputException listing every problem of the file */
    public static JsonProfileProvider of(Path file) throws IOException {
        return new JsonProfileProvider(JsonProfiles.standard().read(file));
    }

    /** A profile file on the class path, for example {@code my/regulations/tula-mo.json}. */
    public static JsonProfileProvider ofResource(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new java.io.FileNotFoundException("нет ресурса / no resource: " + resource);
            }
            return new JsonProfileProvider(JsonProfiles.standard().read(in, resource));
        }
    }

    public static JsonProfileProvider of(Profile profile) {
        return new JsonProfileProvider(profile);
    }

    @Override
    public ProfileId id() {
        return profile.id();
    }

    @Override
    public String title() {
        return profile.title();
    }

    @Override
    public Profile create(ProfileSettings settings) {
        if (!settings.values().isEmpty()) {
            throw new IllegalArgumentException("профиль «" + profile.id() + "» из JSON не имеет параметров / the JSON profile '"
                    + profile.id() + "' has no parameters: " + settings.values().keySet());
        }
        return profile;
    }
}
