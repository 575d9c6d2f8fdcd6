package org.pedcom.people;

/**
 * «Квалификационная категория» of a pedagogical worker (Порядок аттестации, приказ Минпросвещения России № 196
 * от 24.03.2023).
 */
public enum QualificationCategory {
    /** «первая квалификационная категория». */
    FIRST("первая", false),
    /** «высшая квалификационная категория». */
    HIGHEST("высшая", false),
    /** «педагог-методист»: since 1 September 2023, only for holders of the высшая category. */
    METHODIST("педагог-методист", true),
    /** «педагог-наставник»: since 1 September 2023, only for holders of the высшая category. */
    MENTOR("педагог-наставник", true);

    private final String russianName;
    private final boolean requiresHighest;

    QualificationCategory(String russianName, boolean requiresHighest) {
        this.russianName = russianName;
        this.requiresHighest = requiresHighest;
    }

    public String russianName() {
        return russianName;
    }

    /** Whether the category may be granted only to a holder of {@link #HIGHEST}; such categories exist from 1 September 2023. */
    public boolean requiresHighest() {
        return requiresHighest;
    }
}
