package org.pedcom.profiles.sobolevskaya;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.calendar.PeriodKind;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.EventForm;
import org.pedcom.membership.CommunityRole;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.Position;
import org.pedcom.profile.EditionBuilder;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.CreationByAct;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.RoleEligibility;

/**
 * «Положение о профессиональном сообществе учителей» МОКУ «Соболевская средняя школа» (согласовано педагогическим
 * советом, протокол № 104 от 19.01.2023) as a pedcom profile.
 *
 * <p>The text calls the community both «ПС» (профессиональное сообщество) and «ПОС» (профессиональное обучающееся
 * сообщество); pedcom treats both as one community of {@link org.pedcom.community.CommunityKind#PS}. The host of the
 * community is the school itself, so every «директор» below is the head of the host.
 */
public final class SobolevskayaPsProfileProvider implements ProfileProvider {

    public static final String ID = "sobolevskaya-ps";
    public static final String TITLE = "Положение о профессиональном сообществе учителей МОКУ «Соболевская средняя школа»";

    /** Which months «не реже 1 раза в месяц» (3.1) counts: the text says nothing about school holidays. */
    public static final ProfileParameter COUNTED_MONTHS = new ProfileParameter("counted-months",
            LocalizedText.of("Какие месяцы учитываются для п. 3.1 «не реже 1 раза в месяц»: september-may — месяцы "
                            + "учебных занятий, в июне, июле и августе заседаний не ожидается (по умолчанию); "
                            + "september-june — также июнь; all-months — все двенадцать месяцев.",
                    "Which months clause 3.1 'at least once a month' counts: september-may — the teaching months, no "
                            + "meeting expected in June, July, August (default); september-june — June as well; "
                            + "all-months — all twelve months."),
            List.of("september-may", "september-june", "all-months"), "september-may");

    /** Which events count as «заседания ПС» for 3.1. */
    public static final ProfileParameter COUNTED_EVENTS = new ProfileParameter("counted-events",
            LocalizedText.of("Что считается заседанием для п. 3.1: sessions — только заседания ПС (по умолчанию); "
                            + "any-form — любое мероприятие ПС (семинар, тренинг, мастер-класс, взаимопосещение уроков).",
                    "What counts as a meeting for clause 3.1: sessions — only sessions of the community (default); "
                            + "any-form — any event of the community (seminar, training, master class, lesson visits)."),
            List.of("sessions", "any-form"), "sessions");

    /** 2.1 «назначается» names no act. */
    public static final ProfileParameter LEADER_APPOINTMENT_ACT = new ProfileParameter("leader-appointment-act",
            LocalizedText.of("Акт назначения руководителя ПС (п. 2.1 «назначается» без указания акта): recommended — "
                            + "назначение без приказа директора даёт предупреждение (по умолчанию); required — нарушение; "
                            + "not-checked — акт назначения не проверяется.",
                    "The act appointing the leader (clause 2.1 'is appointed' names no act): recommended — an "
                            + "appointment without an order of the director is a warning (default); required — a "
                            + "violation; not-checked — the act is not checked."),
            List.of("recommended", "required", "not-checked"), "recommended");

    /** Прил. 1 п. 1: the composition approved once, in the creation order, or every school year. */
    public static final ProfileParameter COMPOSITION_ORDER = new ProfileParameter("composition-order",
            LocalizedText.of("Приказ с утверждённым составом (Прил. 1 п. 1): annual — на каждый учебный год, до 30 "
                            + "сентября, с поимённым составом (по умолчанию); at-creation — только приказ о создании "
                            + "в документации ПС, состав поимённо не сверяется.",
                    "The order approving the composition (Appendix 1 item 1): annual — one for every school year, by 30 "
                            + "September, naming every member (default); at-creation — only the creation order kept in "
                            + "the documentation, members not checked by name."),
            List.of("annual", "at-creation"), "annual");

    /** The documentation of a school year is in place by the end of its first month (chosen, the text sets no date). */
    static final Deadline DOCUMENTATION_DUE = Deadline.on(MonthDay.of(Month.SEPTEMBER, 30));
    /** The report on the year is compiled by the final pedagogical council, held by 30 June (chosen). */
    static final Deadline REPORT_DUE = Deadline.on(MonthDay.of(Month.JUNE, 30));

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
        return List.of(COUNTED_MONTHS, COUNTED_EVENTS, LEADER_APPOINTMENT_ACT, COMPOSITION_ORDER);
    }

    @Override
    public Profile create(ProfileSettings settings) {
        Map<String, String> values = settings.resolve(parameters());
        EditionBuilder text = Profile.builder(ID)
                .title(TITLE)
                .citedAs("Положения о профессиональном сообществе учителей МОКУ «Соболевская средняя школа»")
                .issuedBy("МОКУ «Соболевская средняя школа»")
                .settings(values)
                .edition("2023-01-19", LocalDate.of(2023, Month.JANUARY, 19),
                        "согласовано педагогическим советом, протокол № 104 от 19.01.2023");
        generalProvisions(text);
        organisation(text, values);
        regime(text, values);
        finalProvisions(text);
        appendixOne(text, values);
        return text.build();
    }

    /** 1. Общие положения: purpose and tasks, none of which a record can show. */
    private static void generalProvisions(EditionBuilder text) {
        text.clause("p1-1", "1.1", "Профессиональное сообщество (далее ПС), которое создаётся для вовлечения педагогов в "
                        + "совместную профессиональную, в том числе в образовательную деятельность для решения какой – либо "
                        + "проблемы. ПС создаётся с целью повышения профессиональной компетентности учителя и улучшения "
                        + "образовательных результатов учащихся.")
                .interpreted("«ПС» введено здесь; «ПОС» (профессиональное обучающееся сообщество) в пп. 2.2, 2.3, "
                        + "разд. 3 и Прил. 1 обозначает то же сообщество: одна запись, вид CommunityKind.PS.")
                .notCheckable("Определение и цель создания ПС: повышение компетентности и улучшение результатов "
                        + "учащихся не отражаются в документах сообщества.")
                .clause("p1-2", "1.2", "Задачами ПС являются:")
                .notCheckable("Вводная фраза перечня задач; задачи — ориентиры деятельности, не требования к записям.")
                .clause("p1-2-1", "1.2.1", "обеспечение возможности выбора педагогами дополнительных профессиональных "
                        + "образовательных маршрутов, на основе выбранной школой стратегии улучшения образовательных "
                        + "результатов на основе собственных профессиональных интересов;")
                .notCheckable("Задача ПС: возможность выбора маршрутов не фиксируется ни в одном документе ПС.")
                .clause("p1-2-2", "1.2.2", "создание условий для формального, неформального и информального образования в "
                        + "целях профессионального развития педагогов;")
                .notCheckable("Задача ПС: «создание условий» не имеет проверяемого результата.")
                .clause("p1-2-3", "1.2.3", "обеспечение доступа к полной объективной информации о конкретных организациях и "
                        + "дополнительных профессиональных программах")
                .notCheckable("Задача ПС: полнота и объективность информации не проверяются по записям.")
                .clause("p1-2-4", "1.2.4", "оказание консультационной поддержки в выборе программ и планировании "
                        + "индивидуальных образовательных маршрутов;")
                .notCheckable("Задача ПС без количественного требования: консультации не обязательны в каком-либо объёме.")
                .clause("p1-2-5", "1.2.5", "создание условий для профессионального партнёрства школ по взаимобмену успешными "
                        + "практиками улучшения образовательных результатов")
                .notCheckable("Задача ПС: партнёрство школ не имеет формы, срока или документа, которые можно проверить.");
    }

    /** 2. Организация деятельности профессионального сообщества. */
    private static void organisation(EditionBuilder text, Map<String, String> values) {
        text.clause("p2-1", "2.1", "ПС создается приказом директора в любой форме: клуб, творческая группа, группа "
                        + "обучающихся учителей и т.д.")
                .interpreted("«Приказом директора» — приказ руководителя самой школы (организации-базы ПС). Форма ПС "
                        + "(клуб, творческая группа, …) любая и не проверяется.")
                .requires("creation-by-director-order",
                        new CreationByAct(ActRequirement.orderOfHead(OrganisationScope.host())));

        text.clause("p2-1-leader", "2.1 (абз. 2)", "Руководителем ПС назначается учитель из группы ПС.")
                .interpreted("Руководитель — работник в должности «учитель» (учитель-логопед и учитель-дефектолог — иные "
                        + "должности номенклатуры), участник ПС на дату назначения и на дату "
                        + "проверки; роль должна быть занята всё время существования ПС. «Назначается» не называет акт: "
                        + "параметр leader-appointment-act (по умолчанию назначение без приказа директора — предупреждение).")
                .requires("leader-teacher-from-group", RoleEligibility.of(CommunityRole.LEADER, true,
                        Eligibility.anyone().withPositions(Position.TEACHER).mustBeMember()));
        AppointmentByAct leaderByOrder = new AppointmentByAct(CommunityRole.LEADER,
                ActRequirement.orderOfHead(OrganisationScope.host()));
        switch (values.get(LEADER_APPOINTMENT_ACT.name())) {
            case "recommended" -> text.warns("leader-appointed-by-order", leaderByOrder);
            case "required" -> text.requires("leader-appointed-by-order", leaderByOrder);
            default -> {
                // not-checked: the text names no act, the portal chose not to demand one
            }
        }

        text.clause("p2-2", "2.2", "ПС учителей создаются на основе следующих шагов:")
                .notCheckable("Вводная фраза перечня шагов создания ПС.")
                .clause("p2-2-step-1", "2.2 (абз. 2)", "Выявление типичных затруднений учащихся школы (анализ "
                        + "образовательных результатов) и профессиональных затруднений педагогов.")
                .notCheckable("Аналитический шаг без установленного документа или срока.")
                .clause("p2-2-step-2", "2.2 (абз. 3)", "Выбор эффективных педагогических стратегий (технологий), которые "
                        + "хотели бы освоить педагоги.")
                .notCheckable("Выбор педагогов («хотели бы освоить») — не фиксируемое требование.")
                .clause("p2-2-step-3", "2.2 (абз. 4)", "Выявление «профессиональных дефицитов педагогов» в реализации "
                        + "выбранных стратегий.")
                .notCheckable("Диагностический шаг без установленного документа или срока.")
                .clause("p2-2-step-4", "2.2 (абз. 5)", "Совместное проектирование содержания деятельности:")
                .notCheckable("Вводная фраза подпунктов 1)–3); проверяемая часть — подп. 3).")
                .clause("p2-2-step-4-1", "2.2 (абз. 5, подп. 1)", "определение актуальности направления для каждого "
                        + "участника и постановка конкретной цели ПС;")
                .notCheckable("Актуальность для каждого участника и цель ПС — содержательная оценка, запись её не показывает.")
                .clause("p2-2-step-4-2", "2.2 (абз. 5, подп. 2)", "прогноз результатов в профессиональном развитии "
                        + "(конкретный ожидаемый «прирост»);")
                .notCheckable("Прогноз «прироста» — содержательная оценка без формы и срока.")
                .clause("p2-2-step-4-3", "2.2 (абз. 5, подп. 3)", "планирование деятельности (определение задач "
                        + "деятельности и мероприятий под каждую задачу; результат по каждой задаче и форму представления "
                        + "результата, как методический или образовательный продукт).")
                .interpreted("Строки плана (PlanItem) несут задачу, мероприятия, результат и форму его представления; "
                        + "задача, результат и форма обязательны в самой модели, поэтому проверяется, что в плане есть "
                        + "задачи и под каждую задачу есть хотя бы одно мероприятие. Шаг создания ПС сформулирован как "
                        + "описание, а не предписание, — нарушение даёт предупреждение.")
                .warns("plan-tasks-have-events", PlanApproval.planEachYear().withCompleteItems())
                .clause("p2-2-step-5", "2.2 (абз. 6)", "Реализация плана ПС. Содержание деятельности ПС реализуется через "
                        + "совместное проектирование, взаимопосещение уроков, обсуждение результатов наблюдения, семинары, "
                        + "тренинги, мастер – классы, внеклассные мероприятия с обучающимися, обмен опытом.")
                .notCheckable("Перечень форм работы открытый и необязательный; выполнение плана по существу запись не "
                        + "показывает (регулярность заседаний проверяет п. 3.1).")
                .clause("p2-2-step-6", "2.2 (абз. 7)", "Презентация Достижений ПОС.")
                .interpreted("«ПОС» = «ПС» (см. п. 1.1); прописная «Д» в «Достижений» сохранена как напечатана.")
                .notCheckable("Не установлены форма, срок и адресат презентации; отчёт на итоговом педсовете проверяется "
                        + "по Прил. 1 п. 5.");

        text.clause("p2-3", "2.3", "В ПОС ведется документация согласно (Приложение 1).")
                .interpreted("«ПОС» = «ПС». Пункт проверяется через правила пунктов Приложения 1, каждое из которых "
                        + "ссылается и на п. 2.3.");

        text.clause("p2-4", "2.4", "Общее руководство деятельностью ПС осуществляет заместитель директора по "
                        + "учебно-воспитательной работе.")
                .interpreted("Роль «куратор» (SUPERVISOR) должна быть занята всё время существования ПС работником "
                        + "школы с административной ролью «заместитель руководителя»; направление (УВР) модель не различает.")
                .requires("supervisor-deputy-head", RoleEligibility.of(CommunityRole.SUPERVISOR, true,
                        Eligibility.anyone().withAdministrativeRoles(AdministrativeRole.DEPUTY_HEAD)
                                .employedBy(OrganisationScope.host())));
    }

    /** 3. Режим деятельности ПОС. */
    private static void regime(EditionBuilder text, Map<String, String> values) {
        MeetingFrequency monthly = MeetingFrequency.atLeast(1, PeriodKind.MONTH)
                .inMonths(countedMonths(values.get(COUNTED_MONTHS.name())).toArray(Month[]::new));
        if ("sessions".equals(values.get(COUNTED_EVENTS.name()))) {
            monthly = monthly.ofForms(EventForm.SESSION);
        }
        text.clause("p3-1", "3.1", "Заседания ПС проводятся не реже 1 раза в месяц")
                .interpreted("О каникулах текст молчит: учитываемые месяцы задаёт параметр counted-months (по умолчанию "
                        + "сентябрь–май), учитываемые мероприятия — counted-events (по умолчанию только заседания). "
                        + "Месяц, в котором ПС существовало не весь месяц (создано 15 октября), не проверяется.")
                .requires("sessions-monthly", monthly);
    }

    static Set<Month> countedMonths(String value) {
        return switch (value) {
            case "september-may" -> EnumSet.complementOf(EnumSet.of(Month.JUNE, Month.JULY, Month.AUGUST));
            case "september-june" -> EnumSet.complementOf(EnumSet.of(Month.JULY, Month.AUGUST));
            case "all-months" -> EnumSet.allOf(Month.class);
            default -> throw new IllegalArgumentException("counted-months: " + value);
        };
    }

    /** 4. Заключительные положения: about the regulation itself, not about the community's records. */
    private static void finalProvisions(EditionBuilder text) {
        text.clause("p4-1", "4.1", "Настоящее Положение о ПС является локальным нормативным актом организации, "
                        + "осуществляющей образовательную деятельность, утверждённую директором ОО.")
                .interpreted("«утверждённую» согласовано с «организации», по смыслу — «утверждённым» (Положение "
                        + "утверждается директором). В тексте есть только гриф «СОГЛАСОВАНО» педсоветом; редакция "
                        + "датирована протоколом педсовета № 104 от 19.01.2023.")
                .notCheckable("Статус самого Положения; запись о деятельности ПС его не показывает.")
                .clause("p4-2", "4.2", "Все изменения и дополнения, вносимые в настоящее Положение, оформляются в письменной "
                        + "форме в соответствии с действующим законодательством РФ.")
                .notCheckable("Порядок изменения самого Положения: каждое изменение — новая редакция профиля, записи "
                        + "ПС его не отражают.")
                .clause("p4-3", "4.3", "После принятия Положения (или изменений и дополнений отдельных пунктов и разделов) в "
                        + "новой редакции предыдущая автоматически утрачивает силу.")
                .notCheckable("Не правило о записях ПС, а правило действия редакций: реализовано механизмом редакций "
                        + "pedcom (новая редакция заменяет прежнюю со дня вступления в силу, Profile.editionOn).");
    }

    /** Приложение 1. Документация ПС: every item is also a requirement of 2.3. */
    private static void appendixOne(EditionBuilder text, Map<String, String> values) {
        text.clause("app1-1", "Прил. 1 п. 1", "Приказ о создании ПОС с утвержденным составом педагогов.")
                .interpreted("«ПОС» = «ПС». Срок не указан; выбран 30 сентября. Ежегодность — параметр composition-order: "
                        + "annual (по умолчанию) — приказ директора с поимённым составом на каждый учебный год "
                        + "(в первый год им служит приказ о создании); at-creation — в документации хранится приказ о "
                        + "создании.");
        if ("annual".equals(values.get(COMPOSITION_ORDER.name()))) {
            text.requires("composition-order-annual", new AnnualCompositionOrder(
                    ActRequirement.orderOfHead(OrganisationScope.host()), DOCUMENTATION_DUE), "p2-3");
        } else {
            text.requires("creation-order-kept", RequiredDocument.standing(DocumentKind.CREATION_ORDER, DOCUMENTATION_DUE),
                    "p2-3");
        }

        text.clause("app1-2", "Прил. 1 п. 2", "Положение о ПС;")
                .interpreted("Постоянный документ: должен быть в документации ПС к 30 сентября первого учебного года "
                        + "работы (срок выбран, текст его не задаёт).")
                .requires("regulation-kept", RequiredDocument.standing(DocumentKind.REGULATION, DOCUMENTATION_DUE), "p2-3");

        text.clause("app1-3", "Прил. 1 п. 3", "План работы ПС.")
                .interpreted("План работы на каждый учебный год к 30 сентября (срок выбран). Кем утверждается план, текст "
                        + "не говорит — утверждение не требуется; если в записи есть утверждение, оно должно быть не позже "
                        + "30 сентября.")
                .requires("work-plan", PlanApproval.planEachYear().by(DOCUMENTATION_DUE), "p2-3");

        text.clause("app1-4", "Прил. 1 п. 4", "График проведения плановых заседаний ПОС на учебный год;")
                .interpreted("«ПОС» = «ПС». График на каждый учебный год, датированный не позже 30 сентября (срок выбран).")
                .requires("meeting-schedule", RequiredDocument.perSchoolYear(DocumentKind.MEETING_SCHEDULE,
                        DOCUMENTATION_DUE), "p2-3");

        text.clause("app1-5", "Прил. 1 п. 5", "Отчет работы ПС на итоговом педагогическом совете школы.")
                .interpreted("Отчёт за каждый учебный год составлен к 30 июня — итоговый педсовет проводится по окончании "
                        + "учебного года (срок выбран). Показатели и форма не заданы; само выступление на педсовете "
                        + "запись не фиксирует и не проверяется.")
                .requires("annual-report", new AnnualReportRequired(REPORT_DUE, Set.of(), Optional.empty()), "p2-3");
    }
}
