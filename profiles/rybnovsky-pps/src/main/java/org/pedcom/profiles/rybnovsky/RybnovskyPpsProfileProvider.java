package org.pedcom.profiles.rybnovsky;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.act.ActKind;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.community.TerminationReason;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.EventForm;
import org.pedcom.membership.CommunityRole;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.people.QualificationCategory;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.CreationByAct;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.ProtocolContent;
import org.pedcom.rule.RoleEligibility;
import org.pedcom.rule.SubmissionDeadline;
import org.pedcom.rule.TerminationReasons;

/**
 * Профиль «Положения о профессиональном педагогическом сообществе руководителей ОО и МО, а также педагогов» (ППС),
 * утв. приказом начальника управления образования и МП администрации Рыбновского района № 39/1 от 23.03.2020.
 *
 * <p>The rules are written clause by clause in printed order, so that a reviewer can hold this file next to the
 * regulation. Every numbered clause and every list item is a clause here; those no record can show are marked
 * {@code notCheckable} with the reason.
 */
public final class RybnovskyPpsProfileProvider implements ProfileProvider {

    public static final String ID = "rybnovsky-pps";
    public static final String TITLE = "Положение о профессиональном педагогическом сообществе руководителей ОО и МО, "
            + "а также педагогов муниципальных общеобразовательных организаций";

    /** П. 4.2: does «не менее трёх лет» bind every kind of leader or only the «педагог»? */
    public static final String EXPERIENCE_APPLIES_TO = "experience-applies-to";
    public static final String TEACHER_ONLY = "teacher-only";
    public static final String EVERY_LEADER = "every-leader";

    /** П. 1.3: «ежегодно» sets no day; by when in the school year must the list and composition be approved? */
    public static final String COMPOSITION_ORDER_DUE = "composition-order-due";
    public static final String SEPTEMBER_15 = "september-15";
    /** Used by both {@link #COMPOSITION_ORDER_DUE} and {@link #SUBMISSION_DEADLINE}: 1 September is the last day. */
    public static final String SEPTEMBER_1 = "september-1";
    public static final String END_OF_SCHOOL_YEAR = "end-of-school-year";

    /** П. 4.8: is 1 September itself still «до 1 сентября»? */
    public static final String SUBMISSION_DEADLINE = "submission-deadline";
    public static final String AUGUST_31 = "august-31";

    private static final List<ProfileParameter> PARAMETERS = List.of(
            new ProfileParameter(EXPERIENCE_APPLIES_TO, LocalizedText.of(
                    "П. 4.2: к кому относится «работающий по специальности не менее трёх лет». teacher-only — только к "
                            + "педагогу с первой или высшей категорией; every-leader — также к руководителю ОО и руководителю МО.",
                    "Clause 4.2: whom 'working in the specialty for at least three years' binds. teacher-only: only the "
                            + "teacher with the first or highest category; every-leader: heads of ОО and МО as well."),
                    List.of(TEACHER_ONLY, EVERY_LEADER), TEACHER_ONLY),
            new ProfileParameter(COMPOSITION_ORDER_DUE, LocalizedText.of(
                    "П. 1.3: срок ежегодного утверждения списка и состава ППС приказом начальника управления образования. "
                            + "september-15 — не позднее 15 сентября (к сроку утверждения плана, п. 4.7); september-1 — к началу "
                            + "учебного года; end-of-school-year — в любой день учебного года (до 31 августа).",
                    "Clause 1.3: by when the yearly list and composition order is due. september-15: by 15 September "
                            + "(the plan deadline of clause 4.7); september-1: by the start of the school year; "
                            + "end-of-school-year: any day of the school year (by 31 August)."),
                    List.of(SEPTEMBER_15, SEPTEMBER_1, END_OF_SCHOOL_YEAR), SEPTEMBER_15),
            new ProfileParameter(SUBMISSION_DEADLINE, LocalizedText.of(
                    "П. 4.8: «до 1 сентября текущего года». august-31 — предлог «до» исключает дату, последний день — "
                            + "31 августа; september-1 — 1 сентября также допускается.",
                    "Clause 4.8: 'before 1 September'. august-31: 'до' excludes the date, the last day is 31 August; "
                            + "september-1: 1 September itself is allowed."),
                    List.of(AUGUST_31, SEPTEMBER_1), AUGUST_31));

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
        return PARAMETERS;
    }

    @Override
    public Profile create(ProfileSettings settings) {
        // The registry resolves settings; a direct caller may pass only some, so defaults are filled in here too.
        Map<String, String> resolved = settings.resolve(PARAMETERS);
        boolean experienceForEveryLeader = EVERY_LEADER.equals(resolved.get(EXPERIENCE_APPLIES_TO));
        Deadline compositionDue = compositionDue(resolved.get(COMPOSITION_ORDER_DUE));
        Deadline handOverBy = AUGUST_31.equals(resolved.get(SUBMISSION_DEADLINE))
                ? Deadline.endOfSchoolYear()
                : new Deadline(MonthDay.of(9, 1), 1);

        ActRequirement orderOfEducationHead = ActRequirement.orderOfHead(
                OrganisationScope.ofKind(OrganisationKind.EDUCATION_AUTHORITY));
        OrganisationScope rimk = OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE);
        // «утверждается РИМК»: the approval of РИМК is an act of its head — an order or a grif «Утверждаю».
        ActRequirement approvalOfRimk = new ActRequirement(Set.of(ActKind.ORDER, ActKind.DECISION), BodyKind.HEAD, rimk);

        return Profile.builder(ID)
                .title(TITLE)
                .citedAs("Положения о ППС")
                .issuedBy("Управление образования и МП администрации Рыбновского района")
                .settings(resolved)
                .edition("2020-03-23", LocalDate.of(2020, 3, 23), "утв. приказом № 39/1 от 23.03.2020")

                // 1. Общие положения
                .clause("p1-1", "1.1", "Профессиональное педагогическое сообщество руководителей и педагогов организаций, "
                        + "осуществляющих образовательную деятельность в Рыбновском муниципальном районе Рязанской области "
                        + "(далее – ППС) создаётся с целью оказания помощи при переводе ШСНРО и ШФНСУ в эффективный режим работы.")
                .notCheckable("цель создания ППС; достижение цели никакой документ сообщества не фиксирует")
                .clause("p1-2", "1.2", "Профессиональное педагогическое сообщество – это профессиональное сообщество "
                        + "руководителей ОО, МО, а также педагогов, объединенных по одному или нескольким проблемным зонам "
                        + "достижения образовательных результатов.")
                .notCheckable("определение понятия; состав по ролям проверяется по п. 1.3–1.4 и 4.2")
                .clause("p1-3", "1.3", "Список ППС утверждается ежегодно начальником образования и МП администрации "
                        + "Рыбновского района Рязанской области.")
                .interpreted("«Начальником образования и МП» — пропущено слово «управления»: читается как начальник "
                        + "управления образования и МП (руководитель органа управления образованием). «Список ППС» вместе "
                        + "с п. 1.4 («состав ППС … приказом начальника») читается как ежегодный приказ, утверждающий список "
                        + "сообществ и их состав: на каждый учебный год нужен приказ о составе, называющий всех участников. "
                        + "Срок «ежегодно» не указан; по умолчанию — не позднее 15 сентября (срок утверждения плана, п. 4.7), "
                        + "параметр " + COMPOSITION_ORDER_DUE + ".")
                .requires("annual-list-order", new AnnualCompositionOrder(orderOfEducationHead, compositionDue), "p1-4")
                .clause("p1-4", "1.4", "Состав ППС определяется, исходя из необходимости комплексного решения, поставленных "
                        + "перед методической службой задач и создаётся, реорганизуется и ликвидируется приказом начальника "
                        + "образования и МП администрации Рыбновского района Рязанской области.")
                .interpreted("Создание, реорганизация и ликвидация ППС — только приказом начальника управления образования "
                        + "и МП; прекращение деятельности допускается лишь как ликвидация или реорганизация, оформленная "
                        + "таким приказом. Мотив «исходя из необходимости комплексного решения … задач» не проверяется.")
                .requires("created-by-order", new CreationByAct(orderOfEducationHead))
                .requires("terminated-by-order", new TerminationReasons(
                        Set.of(TerminationReason.LIQUIDATED, TerminationReason.REORGANISED), Optional.of(orderOfEducationHead)))
                .clause("p1-5", "1.5", "В своей деятельности ППС руководствуются Конвенцией о правах ребенка, Законом "
                        + "Российской Федерации «Федеральный закон «Об образовании в Российской Федерации», нормативными и "
                        + "правовыми актами Российской Федерации, Министерства образования и молодежной политики Рязанской области.")
                .notCheckable("перечень применимых актов; соответствие им самим не является записью сообщества")
                .clause("p1-6", "1.6", "Деятельность ППС регламентируется данным Положением.")
                .notCheckable("отсылка к самому Положению; проверяется его пунктами")

                // 2. Цели и задачи
                .clause("p2-1", "2.1", "Цель: осуществление взаимосвязанных действий и мероприятий, направленных на "
                        + "повышение профессионального мастерства руководителей и педагогов и объединение их творческих "
                        + "инициатив, наработанных практик для повышения качества образования.")
                .notCheckable("цель деятельности")
                .clause("p2-2", "2.2", "Задачи профессионального педагогического сообщества:")
                .notCheckable("вводная фраза перечня задач")
                .clause("p2-2-task-1", "2.2 (абз. 2)", "Формировать профессиональную среду среди ОО района в сети Интернет "
                        + "путём создания единого информационного пространства с доступными методическими материалами для "
                        + "работы по проблематике школ с низкими результатами образования.")
                .notCheckable("задача; запись сообщества не содержит сведений об информационном пространстве")
                .clause("p2-2-task-2", "2.2 (абз. 3)", "Организовать как формальное, так и неформальное общение на "
                        + "профессиональные темы, инициировать для последующего взаимодействия вне сети Интернет.")
                .notCheckable("задача; неформальное общение не документируется")
                .clause("p2-2-task-3", "2.2 (абз. 4)", "Обмениваться опытом, налаживать сотрудничество для распространения "
                        + "успешных педагогических практик.")
                .notCheckable("задача; результат не измерен в Положении")
                .clause("p2-2-task-4", "2.2 (абз. 5)", "Оказывать поддержку, способствовать распространению новых "
                        + "образовательных инициатив.")
                .notCheckable("задача; результат не измерен в Положении")
                .clause("p2-2-task-5", "2.2 (абз. 6)", "Способствовать созданию условий для формирования мотивации педагога "
                        + "на преобразование своей деятельности. Использование в педагогической практике эффективных систем, "
                        + "технологий, форм и средств обучения для достижения высоких образовательных результатов.")
                .notCheckable("задача; мотивация и используемые технологии записью сообщества не фиксируются")

                // 3. Направления деятельности
                .clause("p3-1", "3.1", "Работа профессионального педагогического сообщества организовывается по следующим "
                        + "направлениям:")
                .notCheckable("вводная фраза перечня направлений; Положение не требует закреплять направления в документе")
                .clause("p3-1-1", "3.1.1", "Аналитическое – анализ состояния учебно-воспитательной и методической работы в "
                        + "период перевода ШСНРО и ШФНСУ в эффективный режим работы.")
                .notCheckable("направление деятельности, а не обязанность с проверяемым результатом")
                .clause("p3-1-2", "3.1.2", "Информационное – подбор, систематизация, распространение информационных "
                        + "материалов о ФГОС НОО, ООО, СОО, ДОО и технологиях его реализации.")
                .notCheckable("направление деятельности, а не обязанность с проверяемым результатом")
                .clause("p3-1-2-par-2", "3.1.2 (абз. 2)", "Систематическое пополнение и обновление материалов сайта.")
                .notCheckable("периодичность не установлена, сайт не указан; обновления сайта запись сообщества не содержит")
                .clause("p3-1-3", "3.1.3", "Организационно - методическое- организация сетевого взаимодействия руководителей, "
                        + "педагогов ОО по различным аспектам; координация взаимодействия ОО по организации внеурочной "
                        + "деятельности с учреждениями дополнительного образования детей, учреждениями культуры и спорта, "
                        + "организация участия педагогов ОО в областных конкурсах и конференциях.")
                .notCheckable("направление деятельности, а не обязанность с проверяемым результатом")
                .clause("p3-1-4", "3.1.4", "Консультационная – разработка и проведение консультаций по актуальным "
                        + "педагогическим проблемам; консультации по составлению индивидуальных образовательных маршрутов "
                        + "повышения квалификации руководителей и педагогов.")
                .notCheckable("направление деятельности; число и тематика консультаций не установлены")
                .clause("p3-1-5", "3.1.5", "Экспертная – экспертиза продуктов деятельности руководителей и педагогов.")
                .notCheckable("направление деятельности, а не обязанность с проверяемым результатом")
                .clause("p3-1-6", "3.1.6", "Управленческая – разработка планов, графиков, дорожных карт и т.д., контроль за "
                        + "реализацией планов, графиков, дорожных карт и т.д.")
                .notCheckable("направление деятельности; план работы самого ППС проверяется по п. 4.3 и 4.7")
                .clause("p3-1-6-par-2", "3.1.6 (абз. 2)", "Экспертиза проектов ОО и педагогов.")
                .notCheckable("направление деятельности, а не обязанность с проверяемым результатом")
                .clause("p3-1-7", "3.1.7", "Образовательная – обеспечение повышения квалификации в соответствии с планом – "
                        + "графиком муниципалитета, проведение семинаров, практикумов, мастер - е Организация дистанционного "
                        + "обучения педагогов, в том числе в форме вебинаров и вебконференций.")
                .interpreted("Текст повреждён: «мастер - е Организация» — по-видимому, «мастер-классов. Организация». "
                        + "Номер и текст сохранены как напечатаны.")
                .notCheckable("направление деятельности; число семинаров и вебинаров не установлено")

                // 4. Организация деятельности
                .clause("p4-1", "4.1", "ППС возглавляется руководителем.")
                .interpreted("Роль «руководитель» должна быть занята в каждый день существования ППС; промежуток без "
                        + "руководителя — нарушение. Порядок назначения Положение не устанавливает и не проверяется.")
                .requires("leader-required", RoleEligibility.of(CommunityRole.LEADER, true, Eligibility.anyone()))
                .clause("p4-2", "4.2", "Руководителям ППС может быть руководитель ОО и МО, педагог, имеющий первую или "
                        + "высшую квалификационную категорию, работающий по специальности не менее трёх лет.")
                .interpreted("«Руководителям» — опечатка, читается «руководителем». Три альтернативы: руководитель ОО; "
                        + "руководитель МО; педагог с первой или высшей категорией (а также «педагог-методист» и "
                        + "«педагог-наставник», которые присваиваются только имеющим высшую) и стажем по специальности не "
                        + "менее трёх полных лет. Стаж по умолчанию относится только к педагогу; параметр "
                        + EXPERIENCE_APPLIES_TO + "=" + EVERY_LEADER + " распространяет его на руководителей ОО и МО. "
                        + "Категория к руководителям ОО и МО не относится в обоих прочтениях. Соответствие проверяется на "
                        + "дату назначения и, для действующего руководителя, на дату проверки (категория могла истечь).")
                .requires("leader-eligibility", leaderEligibility(experienceForEveryLeader))
                .clause("p4-3", "4.3", "Руководитель ППС создает условия для реализации целей и задач сообщества")
                .notCheckable("общая обязанность руководителя; конкретные обязанности — в абзацах ниже")
                .clause("p4-3-duty-1", "4.3 (абз. 2)", "планирует работу ППС на учебный год;")
                .interpreted("План работы на каждый учебный год существует, и его автор — руководитель ППС на дату первого "
                        + "шага плана (составления).")
                .requires("plan-drafted-by-leader", PlanApproval.planEachYear().mustBeDraftedByLeader())
                .clause("p4-3-duty-2", "4.3 (абз. 3)", "анализирует деятельность педагогического сообщества;")
                .interpreted("Документальный след анализа — аналитический отчёт по п. 4.8; проверяется правилом annual-report.")
                .clause("p4-3-duty-3", "4.3 (абз. 4)", "организует работу по выявлению типичных трудностей руководителей и "
                        + "педагогов;")
                .notCheckable("обязанность без установленного результата или документа")
                .clause("p4-3-duty-4", "4.3 (абз. 5)", "организует работу по изучению нормативной документации, специальной "
                        + "и методической литературы;")
                .notCheckable("обязанность без установленного результата или документа")
                .clause("p4-3-duty-5", "4.3 (абз. 6)", "принимает участие в организации и проведении муниципальных "
                        + "мероприятий, в формировании заказа на курсовую подготовку;")
                .notCheckable("участие в муниципальных мероприятиях и заказ на курсы ведутся вне записи сообщества")
                .clause("p4-3-duty-6", "4.3 (абз. 7)", "оформляет документацию ППС;")
                .interpreted("Кто оформил документ, запись не хранит; следом оформления протокола руководителем считается "
                        + "его подпись. Отсутствие подписи руководителя — предупреждение, не нарушение: подпись прямо не "
                        + "требуется, и п. 4.6 подписантов не называет, поэтому правило ссылается только на этот абзац. Наличие "
                        + "протоколов, плана и отчёта проверяется по п. 4.6–4.8.")
                .warns("protocols-signed-by-leader", ProtocolContent.recording(ItemOutcome.NONE, CommunityRole.LEADER)
                        .forForms(EventForm.SESSION))
                .clause("p4-3-duty-7", "4.3 (абз. 8)", "несёт ответственность за работу сообщества.")
                .notCheckable("ответственность — последствие, а не действие, отражаемое в записи")
                .clause("p4-4", "4.4", "Оплата руководителю ППС осуществляется за счет стимулирующих выплат образовательной "
                        + "организации, в которой работает руководитель по основному месту работы.")
                .notCheckable("оплата производится образовательной организацией вне записи сообщества")
                .clause("p4-5", "4.5", "Заседания ППС проводятся не реже 2 раз за учебный год (один раз в полугодие).")
                .interpreted("Скобка уточняет распределение: не менее одного заседания в каждом полугодии (I — сентябрь–"
                        + "декабрь, II — январь–август). Два полугодия по одному заседанию дают два за год, поэтому "
                        + "отдельное правило «2 раза за год» ничего не добавило бы и дублировало бы замечания. Считаются "
                        + "только заседания (не семинары, вебинары и т.п.). Полугодие, в котором ППС существовало не "
                        + "целиком (создано или ликвидировано в его середине), не оценивается.")
                .requires("sessions-per-half-year", MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR)
                        .ofForms(EventForm.SESSION))
                .clause("p4-6", "4.6", "Заседание ППС фиксируются протоколом (указываются обсуждаемые вопросы, фиксируются "
                        + "принимаемые решения, рекомендации).")
                .interpreted("У каждого заседания есть протокол; в протоколе указан хотя бы один обсуждаемый вопрос, и по "
                        + "каждому вопросу зафиксировано решение или рекомендация (не обязательно оба: не по каждому вопросу "
                        + "даются рекомендации). Подписантов пункт не называет.")
                .requires("session-protocol", MeetingDocuments.everyMeetingHas(MeetingPart.PROTOCOL).forForms(EventForm.SESSION))
                .requires("protocol-content", ProtocolContent.recording(ItemOutcome.DECISION_OR_RECOMMENDATION)
                        .forForms(EventForm.SESSION))
                .clause("p4-7", "4.7", "План работы ППС принимается и утверждается РИМК не позднее 15 сентября учебного года.")
                .interpreted("План работы на учебный год утверждён актом руководителя РИМК (приказ или решение «Утверждаю») "
                        + "не позднее 15 сентября этого учебного года; 15 сентября допускается. Для ППС, созданного после "
                        + "15 сентября, план первого года не требуется (ограничение движка).")
                .requires("plan-approved-by-rimk", PlanApproval.planEachYear().approvedBy(approvalOfRimk)
                        .by(Deadline.on(MonthDay.of(9, 15))))
                .clause("p4-8", "4.8", "По окончании учебного года, руководитель ППС составляет аналитический отчёт "
                        + "деятельности ППС, составляет предварительный план работы на следующий учебный год и предоставляет "
                        + "их в РИМК до 1 сентября текущего года.")
                .interpreted("Отчёт за учебный год и предварительный план на следующий учебный год передаются в РИМК; "
                        + "«до 1 сентября» по общему юридическому прочтению исключает эту дату — последний день 31 августа "
                        + "(параметр " + SUBMISSION_DEADLINE + "=" + SEPTEMBER_1 + " допускает и 1 сентября). "
                        + "Отчёт должен быть составлен к тому же сроку. Авторство руководителя запись не хранит.")
                .requires("annual-report", new AnnualReportRequired(handOverBy, Set.of(), Optional.empty()), "p4-3-duty-2")
                .requires("annual-report-submitted", new SubmissionDeadline(DocumentKind.ANNUAL_REPORT, 0, rimk, handOverBy))
                .requires("preliminary-plan-submitted",
                        new SubmissionDeadline(DocumentKind.PRELIMINARY_PLAN, 1, rimk, handOverBy))
                .build();
    }

    /**
     * П. 4.2 as alternatives. Heads of ОО and of МО qualify by their post; a «педагог» by category and experience.
     * Педагог-методист and педагог-наставник are granted only to holders of the высшая category, so they are not a
     * lower level: a regulation of 2020 could not name them, and refusing them would punish the most qualified.
     */
    private static RoleEligibility leaderEligibility(boolean experienceForEveryLeader) {
        int headsExperience = experienceForEveryLeader ? 3 : 0;
        Eligibility headOfOrganisation = Eligibility.anyone()
                .withAdministrativeRoles(AdministrativeRole.HEAD_OF_ORGANISATION)
                .withMinYearsInSpecialty(headsExperience);
        Eligibility headOfMethodicalAssociation = Eligibility.anyone()
                .withAdministrativeRoles(AdministrativeRole.HEAD_OF_METHODICAL_ASSOCIATION)
                .withMinYearsInSpecialty(headsExperience);
        Eligibility categorisedTeacher = Eligibility.anyone()
                .withCategories(QualificationCategory.FIRST, QualificationCategory.HIGHEST,
                        QualificationCategory.METHODIST, QualificationCategory.MENTOR)
                .withMinYearsInSpecialty(3);
        return RoleEligibility.of(CommunityRole.LEADER, false,
                headOfOrganisation, headOfMethodicalAssociation, categorisedTeacher);
    }

    private static Deadline compositionDue(String value) {
        return switch (value) {
            case SEPTEMBER_1 -> Deadline.on(MonthDay.of(9, 1));
            case END_OF_SCHOOL_YEAR -> Deadline.endOfSchoolYear();
            default -> Deadline.on(MonthDay.of(9, 15));
        };
    }
}
