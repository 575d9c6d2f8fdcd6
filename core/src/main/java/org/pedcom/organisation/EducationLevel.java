package org.pedcom.organisation;

/** Programmes an educational organisation implements (273-ФЗ, ст. 10), as listed in regulation 002, clause 1.3. */
public enum EducationLevel {
    /** «дошкольное образование». */
    PRESCHOOL,
    /** «начальное общее образование». */
    PRIMARY_GENERAL,
    /** «основное общее образование». */
    BASIC_GENERAL,
    /** «среднее общее образование». */
    SECONDARY_GENERAL,
    /** «дополнительное образование». */
    ADDITIONAL
}
