package org.pedcom.profile.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.pedcom.internal.Require;
import org.pedcom.profile.Edition;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;

/**
 * The profiles available to an application: every {@link ProfileProvider} found through {@link ServiceLoader},
 * or a given set. Immutable and thread-safe once built.
 *
 * <p>Two providers with one id fail at once, naming both classes: a portal must never judge under whichever
 * happened to load first.
 */
public final class Profiles {

    private final Map<ProfileId, ProfileProvider> providers;

    private Profiles(Collection<ProfileProvider> found) {
        Map<ProfileId, ProfileProvider> byId = new TreeMap<>();
        for (ProfileProvider p : found) {
            ProfileProvider previous = byId.putIfAbsent(Require.nonNull(p.id(), p.getClass().getName() + ".id()"), p);
            if (previous != null) {
                throw new IllegalStateException("Два профиля с id «" + p.id() + "»: " + previous.getClass().getName()
                        + " и " + p.getClass().getName() + " / two profiles share the id '" + p.id() + "': "
                        + previous.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        this.providers = Map.copyOf(byId);
    }

    /** Every provider on the class path of {@code Profiles}' class loader. */
    public static Profiles load() {
        return load(Profiles.class.getClassLoader());
    }

    public static Profiles load(ClassLoader loader) {
        List<ProfileProvider> found = new ArrayList<>();
        ServiceLoader.load(ProfileProvider.class, loader).forEach(found::add);
        return new Profiles(found);
    }

    public static Profiles of(Collection<? extends ProfileProvider> providers) {
        return new Profiles(List.copyOf(Require.listOf(List.copyOf(providers), "providers")));
    }

    /** The providers, by id. */
    public List<ProfileProvider> providers() {
        return new TreeMap<>(providers).values().stream().toList();
    }

    public List<ProfileId> ids() {
        return new TreeMap<>(providers).keySet().stream().toList();
    }

    public Optional<ProfileProvider> provider(ProfileId id) {
        return Optional.ofNullable(providers.get(Require.nonNull(id, "id")));
    }

    /** The profile with default settings. */
    public Profile profile(String id) {
        return profile(ProfileId.of(id), ProfileSettings.defaults());
    }

    /**
     * The profile built with {@code settings}.
     *
     * @throws UnknownProfileException if no provider has the id; the message lists the known ids
     */
    public Profile profile(ProfileId id, ProfileSettings settings) {
        ProfileProvider provider = provider(id).orElseThrow(() -> new UnknownProfileException(id, ids()));
        Map<String, String> resolved = settings.resolve(provider.parameters());
        Profile profile = provider.create(ProfileSettings.of(resolved));
        Require.that(profile.id().equals(id), provider.getClass().getName(),
                "создан профиль «" + profile.id() + "» вместо «" + id + "»",
                "created profile '" + profile.id() + "' instead of '" + id + "'");
        return profile;
    }

    /** The edition of profile {@code id} (default settings) in force on {@code date}. */
    public Optional<Edition> edition(String id, LocalDate date) {
        return profile(id).editionOn(date);
    }
}
