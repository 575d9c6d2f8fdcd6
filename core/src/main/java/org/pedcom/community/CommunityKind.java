package org.pedcom.community;

import org.pedcom.internal.Require;

/**
 * The kind of a professional community. An open vocabulary: the common values are constants, a portal or profile adds its own with
 * {@link #of(String, String)}. Two values are equal when their codes are.
 *
 * @param code  stable lower-case code, used in JSON and SQL
 * @param title the Russian name
 */
public record CommunityKind(String code, String title) {

    /** «методическое объединение» (МО). */
    public static final CommunityKind MO = new CommunityKind("mo", "методическое объединение");
    /** «профессиональное педагогическое сообщество» (ППС). */
    public static final CommunityKind PPS = new CommunityKind("pps", "профессиональное педагогическое сообщество");
    /** «профессиональное (обучающееся) сообщество» (ПС / ПОС). */
    public static final CommunityKind PS = new CommunityKind("ps", "профессиональное сообщество");
    /** «школа передового опыта» (ШПО). */
    public static final CommunityKind SHPO = new CommunityKind("shpo", "школа передового опыта");
    /** «опорная (стажировочная) методическая площадка» (ОСМП). */
    public static final CommunityKind OSMP = new CommunityKind("osmp", "опорная (стажировочная) методическая площадка");

    public CommunityKind {
        Require.code(code, "CommunityKind.code");
        Require.nonBlank(title, "CommunityKind.title");
    }

    public static CommunityKind of(String code, String title) {
        return new CommunityKind(code, title);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommunityKind other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
