package org.pedcom.profile;

import java.util.List;

import org.pedcom.internal.Require;
import org.pedcom.regulation.LocalizedText;

/**
 * A choice a portal may make where a regulation can reasonably be read two ways — for example which months count
 * for «не реже 1 раза в месяц».
 *
 * @param name         stable code
 * @param description  what the choice means, in Russian and English
 * @param allowed      the allowed values, at least one
 * @param defaultValue the reading pedcom takes when the portal says nothing; one of {@code allowed}
 */
public record ProfileParameter(String name, LocalizedText description, List<String> allowed, String defaultValue) {

    public ProfileParameter {
        Require.code(name, "ProfileParameter.name");
        Require.nonNull(description, "ProfileParameter.description");
        allowed = Require.listOf(allowed, "ProfileParameter.allowed");
        Require.that(!allowed.isEmpty(), "ProfileParameter[" + name + "].allowed", "нет допустимых значений",
                "no allowed value");
        Require.nonBlank(defaultValue, "ProfileParameter.defaultValue");
        Require.that(allowed.contains(defaultValue), "ProfileParameter[" + name + "].defaultValue",
                "значение по умолчанию «" + defaultValue + "» не входит в " + allowed,
                "default '" + defaultValue + "' is not in " + allowed);
    }
}
