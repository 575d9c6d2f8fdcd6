package org.pedcom.regulation;

import org.pedcom.internal.Require;

/**
 * A text for people in Russian, the users' language, and in English.
 *
 * @param ru the Russian text
 * @param en the English text
 */
public record LocalizedText(String ru, String en) {

    public LocalizedText {
        Require.nonBlank(ru, "LocalizedText.ru");
        Require.nonBlank(en, "LocalizedText.en");
    }

    public static LocalizedText of(String ru, String en) {
        return new LocalizedText(ru, en);
    }

    /** The text in {@code language} ("ru" or "en"); Russian for any other. */
    public String in(String language) {
        return "en".equals(language) ? en : ru;
    }

    @Override
    public String toString() {
        return ru + " / " + en;
    }
}
