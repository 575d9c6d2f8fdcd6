package org.pedcom.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pedcom.internal.Require;

/**
 * The values a portal chose for a profile's {@linkplain ProfileParameter parameters}; parameters not set take
 * their defaults.
 *
 * @param values chosen values by parameter name
 */
public record ProfileSettings(Map<String, String> values) {

    private static final ProfileSettings DEFAULTS = new ProfileSettings(Map.of());

    public ProfileSettings {
        values = Map.copyOf(new TreeMap<>(Require.mapOf(values, "ProfileSettings.values")));
    }

    public static ProfileSettings defaults() {
        return DEFAULTS;
    }

    public static ProfileSettings of(Map<String, String> values) {
        return new ProfileSettings(values);
    }

    /**
     * Every parameter with its effective value, checked against {@code parameters}; all problems (unknown names,
     * values not allowed) are reported at once.
     */
    public Map<String, String> resolve(List<ProfileParameter> parameters) {
        Require.listOf(parameters, "parameters");
        List<String> problems = new ArrayList<>();
        Map<String, String> resolved = new LinkedHashMap<>();
        for (ProfileParameter p : parameters) {
            String value = values.getOrDefault(p.name(), p.defaultValue());
            if (!p.allowed().contains(value)) {
                problems.add("параметр «" + p.name() + "»: значение «" + value + "» не из " + p.allowed()
                        + " / parameter '" + p.name() + "': value '" + value + "' is not one of " + p.allowed());
            }
            resolved.put(p.name(), value);
        }
        for (String name : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
                problems.add("неизвестный параметр «" + name + "» / unknown parameter '" + name + "', known: "
                        + parameters.stream().map(ProfileParameter::name).toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("ProfileSettings: " + String.join("; ", problems));
        }
        return Map.copyOf(resolved);
    }
}
