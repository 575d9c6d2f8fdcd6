package org.pedcom.people;

import org.pedcom.internal.Require;

/**
 * «Должность» of a pedagogical worker. An open vocabulary: the common positions are constants, a portal adds its
 * own with {@link #of(String, String)}. Two positions are equal when their codes are.
 *
 * @param code  stable lower-case code
 * @param title the Russian title, as in the staff list
 */
public record Position(String code, String title) {

    public static final Position TEACHER = new Position("teacher", "учитель");
    public static final Position SPEECH_THERAPIST = new Position("speech-therapist", "учитель-логопед");
    public static final Position DEFECTOLOGIST = new Position("defectologist", "учитель-дефектолог");
    public static final Position PSYCHOLOGIST = new Position("psychologist", "педагог-психолог");
    public static final Position SOCIAL_PEDAGOGUE = new Position("social-pedagogue", "социальный педагог");
    public static final Position EDUCATOR = new Position("educator", "воспитатель");
    public static final Position METHODIST = new Position("methodist", "методист");
    public static final Position DEPUTY_HEAD = new Position("deputy-head", "заместитель директора");
    public static final Position HEAD = new Position("head", "директор");

    public Position {
        Require.code(code, "Position.code");
        Require.nonBlank(title, "Position.title");
    }

    public static Position of(String code, String title) {
        return new Position(code, title);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
