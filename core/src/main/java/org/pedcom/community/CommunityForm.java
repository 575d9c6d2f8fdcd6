package org.pedcom.community;

import org.pedcom.internal.Require;

/**
 * «Форма» of a community (regulation 004, clause 2.1). An open vocabulary: the common values are constants, a portal or profile adds its own with
 * {@link #of(String, String)}. Two values are equal when their codes are.
 *
 * @param code  stable lower-case code, used in JSON and SQL
 * @param title the Russian name
 */
public record CommunityForm(String code, String title) {

    public static final CommunityForm CLUB = new CommunityForm("club", "клуб");
    public static final CommunityForm CREATIVE_GROUP = new CommunityForm("creative-group", "творческая группа");
    public static final CommunityForm LEARNING_GROUP = new CommunityForm("learning-group", "группа обучающихся учителей");

    public CommunityForm {
        Require.code(code, "CommunityForm.code");
        Require.nonBlank(title, "CommunityForm.title");
    }

    public static CommunityForm of(String code, String title) {
        return new CommunityForm(code, title);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommunityForm other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
