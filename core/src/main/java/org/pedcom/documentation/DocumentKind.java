package org.pedcom.documentation;

import org.pedcom.internal.Require;

/**
 * «Вид документа» of a community's documentation set. An open vocabulary: the common values are constants, a portal or profile adds its own with
 * {@link #of(String, String)}. Two values are equal when their codes are.
 *
 * @param code  stable lower-case code, used in JSON and SQL
 * @param title the Russian name
 */
public record DocumentKind(String code, String title) {

    public static final DocumentKind PROTOCOL = new DocumentKind("protocol", "протокол заседания");
    public static final DocumentKind REGISTRATION_SHEET = new DocumentKind("registration-sheet", "лист регистрации");
    public static final DocumentKind WORK_PLAN = new DocumentKind("work-plan", "план работы");
    public static final DocumentKind PRELIMINARY_PLAN = new DocumentKind("preliminary-plan", "предварительный план работы на следующий учебный год");
    public static final DocumentKind MEETING_SCHEDULE = new DocumentKind("meeting-schedule", "график проведения заседаний");
    public static final DocumentKind ANNUAL_REPORT = new DocumentKind("annual-report", "аналитический отчёт о работе за год");
    public static final DocumentKind CREATION_ORDER = new DocumentKind("creation-order", "приказ о создании");
    public static final DocumentKind COMPOSITION_ORDER = new DocumentKind("composition-order", "приказ о составе");
    public static final DocumentKind REGULATION = new DocumentKind("regulation", "положение");
    public static final DocumentKind TEACHER_DATA_BANK = new DocumentKind("teacher-data-bank", "банк данных о педагогах");
    public static final DocumentKind PRACTICE_BANK = new DocumentKind("practice-bank", "банк эффективных педагогических практик");
    public static final DocumentKind E_COLLECTION_CONTRIBUTION = new DocumentKind("e-collection-contribution", "материалы для электронного сборника");
    public static final DocumentKind OPEN_EVENT_SCENARIO = new DocumentKind("open-event-scenario", "сценарий открытого мероприятия");
    public static final DocumentKind STATUS_APPLICATION = new DocumentKind("status-application", "заявление на присвоение статуса");
    public static final DocumentKind INFORMATION_REFERENCE = new DocumentKind("information-reference", "информационная справка о результатах работы");

    public DocumentKind {
        Require.code(code, "DocumentKind.code");
        Require.nonBlank(title, "DocumentKind.title");
    }

    public static DocumentKind of(String code, String title) {
        return new DocumentKind(code, title);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentKind other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
