package org.pedcom.profiles.tomsk;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.calendar.PeriodKind;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.membership.CommunityRole;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.Position;
import org.pedcom.profile.EditionBuilder;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.RoleEligibility;
import org.pedcom.rule.Severity;

/**
 * «Положение о Школе передового опыта учителей-логопедов, учителей-дефектологов ОО и ДОО „Логопосиделки“»
 * (ШПО), приложение № 14 к приказу МАУ ИМЦ г. Томска, 2021 (день и номер приказа в тексте не проставлены).
 *
 * <p>The rules follow the text clause by clause in printed order. The printed numbering skips 2.4; pedcom keeps
 * the numbers as printed and invents no 2.4.
 */
public final class LogoposidelkiProfileProvider implements ProfileProvider {

    public static final String ID = "tomsk-logoposidelki";
    public static final String TITLE = "Положение о Школе передового опыта учителей-логопедов, учителей-дефектологов "
            + "ОО и ДОО «Логопосиделки»";

    /** Parameter: what «квартал» in clause 2.5 means. */
    public static final String QUARTER = "quarter";
    /** «Квартал» as ГК РФ ст. 192 defines it: three calendar months from 1 January. */
    public static final String QUARTER_CALENDAR = "calendar";
    /** «Квартал» read as «учебная четверть», with the term dates of the record's school calendar. */
    public static final String QUARTER_ACADEMIC = "academic";

    /** Indicator code of clause 1.5, first item: teachers who went through diagnostics of professional deficits. */
    public static final String INDICATOR_DIAGNOSED = "teachers-diagnosed-for-deficits";
    /** Indicator code of clause 1.5, second item: teachers who improved their professional mastery in the ШПО. */
    public static final String INDICATOR_IMPROVED = "teachers-improved-mastery";

    /**
     * The edition's first day. The adopting order is dated «____________2021 г.»: the day is unknown, only the year.
     * 31 December 2021 is the first day on which the text was certainly in force, so pedcom never holds a community
     * to it earlier than it may have existed.
     */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2021, Month.DECEMBER, 31);
    public static final String EDITION_ID = "2021-undated";
    public static final String ADOPTION = "приложение № 14 к приказу МАУ ИМЦ г. Томска от __.__.2021 № __";

    private static final ProfileParameter QUARTER_PARAMETER = new ProfileParameter(QUARTER,
            LocalizedText.of(
                    "Что понимать под «кварталом» в п. 2.5: calendar — календарный квартал (ГК РФ, ст. 192: январь–март, "
                            + "апрель–июнь, июль–сентябрь, октябрь–декабрь; летние месяцы входят в III квартал, "
                            + "мероприятие в июле–сентябре его закрывает); academic — учебная четверть по датам "
                            + "календарного учебного графика из записи сообщества (каникулы и лето не входят ни в одну "
                            + "четверть, мероприятия в эти дни не засчитываются)",
                    "What «квартал» in clause 2.5 means: calendar — the calendar quarter (Civil Code art. 192; summer "
                            + "months belong to Q3, an event in July–September satisfies it); academic — the school's "
                            + "academic quarter (четверть) with the term dates in the record (holidays and summer lie "
                            + "outside every quarter and events on those days do not count)"),
            List.of(QUARTER_CALENDAR, QUARTER_ACADEMIC), QUARTER_CALENDAR);

    /** Parameter: whether пп. 2.3 and 2.6 speak of one leader or of a curator (2.3) and a leader (2.6). */
    public static final String LEADER_READING = "leader-reading";
    /** One leader: a methodist of МАУ ИМЦ (2.3), appointed by order of the департамент образования (2.6). */
    public static final String LEADER_ONE = "one-leader";
    /**
     * «Руководитель деятельности» of 2.3 is the curator, a methodist of МАУ ИМЦ (role SUPERVISOR); «руководитель ШПО»
     * of 2.6 is the leader, appointed by order of the департамент образования, of any position and employer.
     */
    public static final String LEADER_CURATOR = "methodist-curator";

    private static final ProfileParameter LEADER_READING_PARAMETER = new ProfileParameter(LEADER_READING,
            LocalizedText.of(
                    "Как соотносятся пп. 2.3 и 2.6, оба говорящие о руководителе: one-leader — это один руководитель ШПО: "
                            + "методист МАУ ИМЦ г. Томска (п. 2.3), назначаемый приказом департамента образования (п. 2.6); "
                            + "methodist-curator — «руководитель деятельности» п. 2.3 — куратор ШПО, методист МАУ ИМЦ "
                            + "(роль «куратор»), а «руководитель ШПО» п. 2.6 — отдельное лицо любой должности и места работы, "
                            + "назначаемое приказом департамента образования",
                    "How clauses 2.3 and 2.6, both about the leader, relate: one-leader — one leader of the ШПО, a "
                            + "methodist of МАУ ИМЦ (2.3) appointed by order of the департамент образования (2.6); "
                            + "methodist-curator — the «руководитель деятельности» of 2.3 is the curator, a methodist of "
                            + "МАУ ИМЦ (role SUPERVISOR), and the «руководитель ШПО» of 2.6 is a separate person of any "
                            + "position and employer, appointed by order of the департамент образования"),
            List.of(LEADER_ONE, LEADER_CURATOR), LEADER_ONE);

    private static final OrganisationScope METHODICAL_CENTRE = OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE);
    private static final OrganisationScope EDUCATION_AUTHORITY = OrganisationScope.ofKind(OrganisationKind.EDUCATION_AUTHORITY);

    @Override
    public ProfileId id() {
        return ProfileId.of(ID);
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<ProfileParameter> parameters() {
        return List.of(QUARTER_PARAMETER, LEADER_READING_PARAMETER);
    }

    @Override
    public Profile create(ProfileSettings settings) {
        Map<String, String> values = settings.resolve(parameters());
        boolean academic = QUARTER_ACADEMIC.equals(values.get(QUARTER));
        PeriodKind quarter = academic ? PeriodKind.ACADEMIC_QUARTER : PeriodKind.CALENDAR_QUARTER;
        boolean curator = LEADER_CURATOR.equals(values.get(LEADER_READING));
        Eligibility imcMethodist = Eligibility.anyone().withPositions(Position.METHODIST).employedBy(METHODICAL_CENTRE);

        EditionBuilder builder = Profile.builder(ID)
                .title(TITLE)
                .citedAs("Положения о Школе передового опыта «Логопосиделки»")
                .issuedBy("МАУ ИМЦ г. Томска")
                .settings(values)
                .edition(EDITION_ID, EFFECTIVE_FROM, ADOPTION)

                // 1. Общие положения
                .clause("p1-1", "1.1", "Настоящее Положение определяет нормативно-правовые и содержательные основы "
                        + "функционирования Школы передового опыта учителей-логопедов, учителей-дефектологов ОУ "
                        + "(далее ШПО).")
                .notCheckable("определяет предмет Положения; требования к записям сообщества не устанавливает")
                .clause("p1-2", "1.2", "ШПО руководствуется Законом РФ «Об образовании в РФ», настоящим Положением, "
                        + "годовым планом работы методиста МАУ ИМЦ г. Томска.")
                .interpreted("Проверяется только то, что запись может показать: наличие годового плана работы на каждый "
                        + "учебный год (правило annual-plan, вместе с п. 2.1). Следование закону и Положению в целом "
                        + "проверяется остальными правилами, а не отдельным правилом этого пункта.")
                .clause("p1-3", "1.3", "Цели работы ШПО:")
                .notCheckable("вводная фраза перечня целей")
                .clause("p1-3-goal-1", "1.3 (абз. 2)", "обеспечение методического сопровождения учителей-логопедов, "
                        + "учителей-дефектологов ОО по вопросам коррекционной работы с обучающимися, имеющими трудности "
                        + "в речевом развитии;")
                .notCheckable("цель работы; достижение цели записью сообщества не подтверждается")
                .clause("p1-3-goal-2", "1.3 (абз. 3)", "выявление и распространение лучших практик педагогического опыта "
                        + "учителей-логопедов, учителей-дефектологов ОУ.")
                .notCheckable("цель работы; достижение цели записью сообщества не подтверждается")
                .clause("p1-4", "1.4", "Основными задачами ШПО являются:")
                .notCheckable("вводная фраза перечня задач")
                .clause("p1-4-task-1", "1.4 (абз. 2)", "выявить профессиональные дефициты учителей-логопедов, "
                        + "учителей-дефектологов;")
                .notCheckable("задача; её решение измеряется показателем п. 1.5 (абз. 2), который проверяется в отчёте")
                .clause("p1-4-task-2", "1.4 (абз. 3)", "изучить результативный опыт учителей-логопедов, "
                        + "учителей-дефектологов ОО и ДОО;")
                .notCheckable("задача; записью сообщества не проверяется")
                .clause("p1-4-task-3", "1.4 (абз. 4)", "обеспечить практическое освоение представленного опыта "
                        + "учителями-логопедами, учителями-дефектологами ОО и ДОО;")
                .notCheckable("задача; её решение измеряется показателем п. 1.5 (абз. 3), который проверяется в отчёте")
                .clause("p1-4-task-4", "1.4 (абз. 5)", "обеспечить поддержку профессионального объединения (Школа "
                        + "передового опыта учителей-логопедов и учителей-дефектологов ОО «Логопосиделки») на "
                        + "муниципальном уровне.")
                .notCheckable("задача; записью сообщества не проверяется")
                .clause("p1-5", "1.5", "Показатели:")
                .requires("report-indicators", new AnnualReportRequired(Deadline.endOfSchoolYear(),
                                Set.of(INDICATOR_DIAGNOSED, INDICATOR_IMPROVED), Optional.empty()),
                        "p1-5-indicator-1", "p1-5-indicator-2", "p1-6", "p1-6-method-1")
                .interpreted("Показатели вносятся в годовой аналитический отчёт (п. 1.6, абз. 2; п. 3.1) под кодами "
                        + INDICATOR_DIAGNOSED + " и " + INDICATOR_IMPROVED + "; проверяется, что отчёт за каждый учебный "
                        + "год содержит значение каждого показателя. Целевые значения Положение не устанавливает.")
                .clause("p1-5-indicator-1", "1.5 (абз. 2)", "количество учителей-логопедов и учителей-дефектологов ОО, "
                        + "прошедших диагностику профессиональных дефицитов;")
                .interpreted("код показателя в отчёте: " + INDICATOR_DIAGNOSED)
                .clause("p1-5-indicator-2", "1.5 (абз. 3)", "количество учителей-логопедов и учителей-дефектологов ОО, "
                        + "повысивших профессиональное мастерство в рамках деятельности (ШПО «Логопосиделки»).")
                .interpreted("код показателя в отчёте: " + INDICATOR_IMPROVED)
                .clause("p1-6", "1.6", "Методы сбора и обработки информации по достижению показателей:")
                .clause("p1-6-method-1", "1.6 (абз. 2)", "годовой отчет/анализ;")
                .clause("p1-6-method-2", "1.6 (абз. 3)", "электронный мониторинг по GOOGL-ссылке.")
                .notCheckable("способ сбора сведений через внешнюю веб-форму; ни ссылка, ни ответы мониторинга не входят "
                        + "в документацию ШПО (п. 3.1), поэтому запись сообщества их не содержит")

                // 2. Порядок организации работы ШПО
                .clause("p2-1", "2.1", "ШПО работает согласно годовому плану методиста МАУ ИМЦ.")
                .requires("annual-plan", PlanApproval.planEachYear(), "p1-2")
                .interpreted("На каждый учебный год должен быть план работы. Кто и каким актом его утверждает и к какому "
                        + "сроку, Положение не говорит, поэтому утверждение не проверяется, а план должен появиться не "
                        + "позднее последнего дня учебного года (31 августа).")
                .clause("p2-2", "2.2", "Содержание работы ШПО определяется на основе изучения профессиональных "
                        + "потребностей, выявленных в ходе анкетирования.")
                .notCheckable("результаты анкетирования и их связь с содержанием плана запись сообщества не содержит")
                .clause("p2-3", "2.3", "Руководителем деятельности ШПО является методист МАУ ИМЦ г. Томска.")
                .rule(curator ? "curator-is-imc-methodist" : "leader-is-imc-methodist", Severity.VIOLATION,
                        RoleEligibility.of(curator ? CommunityRole.SUPERVISOR : CommunityRole.LEADER, true, imcMethodist))
                .interpreted(curator
                        ? "Параметр leader-reading=methodist-curator: «руководитель деятельности» п. 2.3 — куратор ШПО "
                        + "(роль «куратор»), отличный от «руководителя ШПО» п. 2.6. Роль куратора должна быть занята весь "
                        + "срок работы ШПО («является») методистом, основное место работы которого — методический центр "
                        + "(МАУ ИМЦ г. Томска). Акт о его назначении текст не называет и не проверяется."
                        : "Параметр leader-reading=one-leader (по умолчанию): пп. 2.3 и 2.6 говорят об одном руководителе "
                        + "и применяются вместе: п. 2.3 — кто может им быть (методист, основное место работы — методический "
                        + "центр, т. е. МАУ ИМЦ г. Томска), п. 2.6 — как он назначается (приказом департамента образования) "
                        + "и что входит в его обязанности. Роль руководителя должна быть занята весь срок работы ШПО "
                        + "(«является»). Соответствие проверяется на дату назначения и для действующего назначения — на "
                        + "дату проверки.")
                .clause("p2-5", "2.5", "В рамках ШПО мероприятия проводятся не реже 1 раза в квартал.")
                .requires("events-per-quarter", MeetingFrequency.atLeast(1, quarter), "p2-6-duty-2")
                .interpreted("Номер 2.4 в тексте пропущен (за 2.3 следует 2.5); номера сохранены как напечатаны, пункт "
                        + "2.4 не вводится. Засчитывается мероприятие ШПО любой формы. "
                        + (academic
                        ? "Параметр quarter=academic: «квартал» — учебная четверть по датам календарного учебного графика "
                        + "из записи; каникулы и летние месяцы не входят ни в одну четверть, мероприятия в эти дни не "
                        + "засчитываются, а летом мероприятий не требуется."
                        : "Параметр quarter=calendar (по умолчанию): «квартал» — календарный квартал (ГК РФ, ст. 192). "
                        + "Летние месяцы не исключаются: III квартал (июль–сентябрь) требует мероприятия, которое можно "
                        + "провести и в сентябре."))
                .clause("p2-6", "2.6", "Руководство работой ШПО осуществляется руководителем ШПО, назначаемым приказом "
                        + "департамента образования администрации Города Томска, в обязанности которого входит:")
                .requires("leader-appointed-by-department-order", new AppointmentByAct(CommunityRole.LEADER,
                        ActRequirement.orderOfHead(EDUCATION_AUTHORITY)), curator ? new String[0] : new String[] {"p2-3"})
                .interpreted("Каждое назначение руководителя ШПО оформляется приказом руководителя органа управления "
                        + "образованием (департамента образования администрации Города Томска); приказ МАУ ИМЦ не "
                        + "заменяет его. "
                        + (curator
                        ? "Параметр leader-reading=methodist-curator: требований к должности и месту работы руководителя "
                        + "текст в п. 2.6 не ставит; роль руководителя должна быть занята весь срок работы ШПО "
                        + "(правило leader-in-place)."
                        : "Назначаемый должен отвечать п. 2.3 (правило leader-is-imc-methodist)."));
        if (curator) {
            // Under this reading 2.3 is about the curator; 2.6 still has the ШПО led by a leader of its own.
            builder.requires("leader-in-place", RoleEligibility.of(CommunityRole.LEADER, true, Eligibility.anyone()));
        }
        return builder
                .clause("p2-6-duty-1", "2.6 (абз. 2)", "планирование работы ШПО;")
                .requires("plan-drafted-by-leader", PlanApproval.planEachYear().mustBeDraftedByLeader(), "p2-1")
                .interpreted("Автором годового плана должен быть руководитель ШПО на дату первого шага плана.")
                .clause("p2-6-duty-2", "2.6 (абз. 3)", "подготовка и проведение мероприятий ШПО;")
                .interpreted("Кто готовил и проводил мероприятие, запись не показывает; обязанность проверяется через "
                        + "результат — мероприятия проводятся с периодичностью п. 2.5 (правило events-per-quarter).")
                .clause("p2-6-duty-3", "2.6 (абз. 4)", "составление отчета о работе ШПО.")
                .interpreted("Автора отчёта запись не показывает; обязанность проверяется через результат — наличие "
                        + "годового аналитического отчёта (правило annual-report).")

                // 3. Документация ШПО
                .clause("p3-1", "3.1", "Документация ШПО состоит из протоколов мероприятий ШПО, листов регистрации и "
                        + "аналитического отчета о работе за год.")
                .requires("event-protocol", MeetingDocuments.everyMeetingHas(MeetingPart.PROTOCOL))
                .requires("event-registration-sheet", MeetingDocuments.everyMeetingHas(MeetingPart.REGISTRATION_SHEET))
                .requires("annual-report", new AnnualReportRequired(Deadline.endOfSchoolYear(), Set.of(),
                        Optional.empty()), "p2-6-duty-3")
                .interpreted("Протокол и лист регистрации (хотя бы с одним участником) нужны для каждого мероприятия ШПО "
                        + "любой формы. «Отчёт о работе за год» — за учебный год; срок в тексте не указан, принят "
                        + "последний день учебного года (31 августа).")
                .clause("p3-2", "3.2", "Документация ШПО находится в информационно-методическом центре.")
                .requires("protocols-kept-at-imc", keptAtCentre(DocumentKind.PROTOCOL), "p3-1")
                .requires("registration-sheets-kept-at-imc", keptAtCentre(DocumentKind.REGISTRATION_SHEET), "p3-1")
                .requires("annual-report-kept-at-imc", keptAtCentre(DocumentKind.ANNUAL_REPORT), "p3-1")
                .interpreted("Документация ведётся делами по учебным годам: за каждый учебный год к 31 августа в перечне "
                        + "документов есть дело протоколов, дело листов регистрации и аналитический отчёт, и каждое "
                        + "хранится в методическом центре (МАУ ИМЦ г. Томска).")
                .build();
    }

    /** «Документация … находится в информационно-методическом центре»: one file per school year, kept there. */
    private static RequiredDocument keptAtCentre(DocumentKind kind) {
        return RequiredDocument.perSchoolYear(kind, Deadline.endOfSchoolYear()).keptAt(METHODICAL_CENTRE);
    }
}
