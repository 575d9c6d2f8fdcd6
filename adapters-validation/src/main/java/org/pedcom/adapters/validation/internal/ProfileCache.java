package org.pedcom.adapters.validation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.ConstraintDeclarationException;

import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.registry.Profiles;

/**
 * The profiles {@code @CompliesWith} judges by, built once per id and settings. Validators are created per
 * constraint and per validator factory, often many times; building a profile is cheap but scanning the class path
 * for providers is not, so both are shared. Thread-safe.
 */
final class ProfileCache {

    private record Key(String profile, Map<String, String> settings) {
    }

    /** Loaded on first use, not at class initialisation, so a broken provider fails the first validation visibly. */
    private static final class Registry {
        static final Profiles PROFILES = Profiles.load();
    }

    private static final Map<Key, Profile> BUILT = new ConcurrentHashMap<>();

    private ProfileCache() {
    }

    /**
     * The profile {@code id} with {@code settings} ({@code name=value} each).
     *
     * @throws ConstraintDeclarationException for an unknown id, a malformed or unknown setting, or a value not
     *                                        allowed; the message names what is known
     */
    static Profile profile(String id, List<String> settings) {
        Key key = new Key(id, parse(id, settings));
        return BUILT.computeIfAbsent(key, ProfileCache::build);
    }

    private static Profile build(Key key) {
        try {
            return Registry.PROFILES.profile(ProfileId.of(key.profile()), ProfileSettings.of(key.settings()));
        } catch (IllegalArgumentException e) {
            // UnknownProfileException and ProfileSettings name the known ids, parameters and values already.
            throw new ConstraintDeclarationException("@CompliesWith(profile = \"" + key.profile() + "\"): "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, String> parse(String id, List<String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0 || eq == setting.length() - 1) {
                throw new ConstraintDeclarationException("@CompliesWith(profile = \"" + id + "\"): настройка «" + setting
                        + "» не в виде имя=значение / setting '" + setting + "' is not name=value");
            }
            String name = setting.substring(0, eq).strip();
            if (values.put(name, setting.substring(eq + 1).strip()) != null) {
                throw new ConstraintDeclarationException("@CompliesWith(profile = \"" + id + "\"): параметр «" + name
                        + "» задан дважды / parameter '" + name + "' is set twice");
            }
        }
        return Map.copyOf(values);
    }
}
