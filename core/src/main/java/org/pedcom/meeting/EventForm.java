package org.pedcom.meeting;

import org.pedcom.internal.Require;

/**
 * «Форма мероприятия»: the form of a meeting or event (regulation 001, section 6; regulation 002, clause 3.6.3). An open vocabulary: the common values are constants, a portal or profile adds its own with
 * {@link #of(String, String)}. Two values are equal when their codes are.
 *
 * @param code  stable lower-case code, used in JSON and SQL
 * @param title the Russian name
 */
public record EventForm(String code, String title) {

    /** «заседание». */
    public static final EventForm SESSION = new EventForm("session", "заседание");
    public static final EventForm CONFERENCE = new EventForm("conference", "совещание");
    public static final EventForm SEMINAR = new EventForm("seminar", "семинар");
    public static final EventForm WORKSHOP = new EventForm("workshop", "практикум");
    public static final EventForm MASTER_CLASS = new EventForm("master-class", "мастер-класс");
    public static final EventForm OPEN_EVENT = new EventForm("open-event", "открытое мероприятие");
    public static final EventForm OPEN_LESSON = new EventForm("open-lesson", "открытое учебное занятие");
    public static final EventForm CONTEST = new EventForm("contest", "конкурс");
    public static final EventForm EXHIBITION = new EventForm("exhibition", "выставка");
    public static final EventForm FORUM = new EventForm("forum", "форум");
    public static final EventForm FESTIVAL = new EventForm("festival", "фестиваль");
    public static final EventForm CONSULTATION = new EventForm("consultation", "консультация");
    public static final EventForm TRAINING = new EventForm("training", "тренинг");
    public static final EventForm WEBINAR = new EventForm("webinar", "вебинар");
    public static final EventForm LESSON_VISITS = new EventForm("lesson-visits", "взаимопосещение уроков");

    public EventForm {
        Require.code(code, "EventForm.code");
        Require.nonBlank(title, "EventForm.title");
    }

    public static EventForm of(String code, String title) {
        return new EventForm(code, title);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventForm other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
