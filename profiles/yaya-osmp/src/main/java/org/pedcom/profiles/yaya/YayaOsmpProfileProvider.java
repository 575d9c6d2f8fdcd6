package org.pedcom.profiles.yaya;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.calendar.PeriodKind;
import org.pedcom.community.TerminationReason;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.EventForm;
import org.pedcom.membership.CommunityRole;
import org.pedcom.organisation.BodyKind;
import org.pedcom.organisation.EducationLevel;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.Position;
import org.pedcom.people.QualificationCategory;
import org.pedcom.plan.PublicationChannel;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AppointmentByAct;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.HostOrganisation;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.RoleEligibility;
import org.pedcom.rule.Severity;
import org.pedcom.rule.StatusTerm;
import org.pedcom.rule.TerminationReasons;

/**
 * «Положение об опорной (стажировочной) методической площадке (ОСМП)» МБУ ИМЦ УО Яйского округа (Кемеровская
 * область): the site works on the base of a host educational organisation while it holds the status granted by the
 * Методический совет of МБУ ИМЦ УО.
 *
 * <p>The text is undated and prints clauses 3.4 and 3.5 twice; both keep their printed numbers and get distinct ids
 * ({@code p3-4-joint-leadership}, {@code p3-5-leader}, {@code p3-4-co-leader}, {@code p3-5-joint-duties}). See the
 * module README for every reading chosen.
 */
public final class YayaOsmpProfileProvider implements ProfileProvider {

    public static final String ID = "yaya-osmp";
    public static final String TITLE =
            "Положение об опорной (стажировочной) методической площадке (ОСМП) МБУ ИМЦ УО Яйского округа";

    /** Whether «имеющих высшую квалификационную категорию» (3.5) binds teachers only or administrative staff too. */
    public static final String LEADER_CATEGORY_SCOPE = "leader-category-scope";
    public static final String TEACHERS_ONLY = "teachers-only";
    public static final String ADMINISTRATIVE_STAFF_TOO = "administrative-staff-too";

    /** How a school year without any contest (3.8, last item) is reported. */
    public static final String CONTEST_SEVERITY = "contest-severity";
    public static final String VIOLATION = "violation";
    public static final String WARNING = "warning";

    /** By when the work plan of a school year must be approved (3.6.2), which the text does not say. */
    public static final String PLAN_DEADLINE = "plan-deadline";
    public static final String SEPTEMBER_30 = "september-30";
    public static final String END_OF_SCHOOL_YEAR = "end-of-school-year";

    /**
     * The package of 3.2 precedes the МС decision, which the engine cannot see; the closest school-year deadline is
     * the first 1 September of the site's life (the day a site opened for a school year starts working).
     */
    static final Deadline PACKAGE_DUE = Deadline.on(MonthDay.of(Month.SEPTEMBER, 1));

    /**
     * 273-ФЗ, which the text cites (1.1), is in force from this day: the regulation cannot have been in force before
     * it. The adopting act and its date are not printed, so this is the earliest honest date, not the real one.
     */
    static final LocalDate EARLIEST_POSSIBLE_EFFECT = LocalDate.of(2013, Month.SEPTEMBER, 1);
    static final String EDITION_ID = "undated";
    static final String ADOPTION = "утв. МБУ ИМЦ УО Яйского округа (дата и реквизиты утверждения в тексте не указаны)";

    private static final ProfileParameter LEADER_CATEGORY_PARAMETER = new ProfileParameter(LEADER_CATEGORY_SCOPE,
            LocalizedText.of(
                    "П. 3.5: к кому относятся слова «имеющих высшую квалификационную категорию». teachers-only — только "
                            + "к педагогам (причастие «имеющих» согласуется с «педагогов», а не с «персонала»): руководитель "
                            + "— работник АУП организации-базы или её педагог с высшей категорией. administrative-staff-too — "
                            + "и к административно-управленческому персоналу: высшая категория нужна любому руководителю.",
                    "Clause 3.5: whom 'holding the highest qualification category' binds. teachers-only: teachers only (the "
                            + "participle agrees with 'teachers', not with 'staff'), so the leader is a member of the host's "
                            + "administrative staff or one of its teachers with the highest category. administrative-staff-too: "
                            + "every leader needs the highest category."),
            List.of(TEACHERS_ONLY, ADMINISTRATIVE_STAFF_TOO), TEACHERS_ONLY);

    private static final ProfileParameter CONTEST_SEVERITY_PARAMETER = new ProfileParameter(CONTEST_SEVERITY,
            LocalizedText.of(
                    "П. 3.8, последний абзац: учебный год без участия ОСМП в конкурсе профессионального мастерства — "
                            + "violation (нарушение, по умолчанию: участие обязательно «по итогам работы» каждого года) или "
                            + "warning (предупреждение: для порталов, читающих «по итогам работы» как один раз за срок статуса, "
                            + "который pedcom не считает).",
                    "Clause 3.8, last item: a school year without any professional skills contest is a violation (default: "
                            + "participation is due for every year's work) or a warning (for portals reading 'by the results of "
                            + "the work' as once per status term, which pedcom cannot count)."),
            List.of(VIOLATION, WARNING), VIOLATION);

    private static final ProfileParameter PLAN_DEADLINE_PARAMETER = new ProfileParameter(PLAN_DEADLINE,
            LocalizedText.of(
                    "Пп. 3.6.1–3.6.2: срок утверждения плана работы на учебный год, который текст не устанавливает. "
                            + "september-30 (по умолчанию) — не позднее 30 сентября того учебного года, на который составлен "
                            + "план: план публикуется в ежегодном плане работы Управления образования, то есть нужен к началу "
                            + "года; так же проверяется и последний год площадки, статус которой истекает до 31 августа. "
                            + "end-of-school-year — до 31 августа, в течение своего учебного года; учебный год, до конца "
                            + "которого площадка не дожила, тогда не проверяется вовсе.",
                    "Clauses 3.6.1-3.6.2: the deadline for approving a school year's work plan, which the text does not "
                            + "set. september-30 (default): by 30 September of the year the plan is for, since it is published "
                            + "in the education authority's annual plan and so is needed at the start of the year; the last "
                            + "year of a site whose status ends before 31 August is judged too. end-of-school-year: by 31 "
                            + "August, within its own school year; a year the site did not live to the end of is then not "
                            + "judged at all."),
            List.of(SEPTEMBER_30, END_OF_SCHOOL_YEAR), SEPTEMBER_30);

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
        return List.of(LEADER_CATEGORY_PARAMETER, CONTEST_SEVERITY_PARAMETER, PLAN_DEADLINE_PARAMETER);
    }

    @Override
    public Profile create(ProfileSettings settings) {
        Map<String, String> values = settings.resolve(parameters());
        boolean categoryForEveryLeader = ADMINISTRATIVE_STAFF_TOO.equals(values.get(LEADER_CATEGORY_SCOPE));
        Severity contestSeverity = WARNING.equals(values.get(CONTEST_SEVERITY)) ? Severity.WARNING : Severity.VIOLATION;
        boolean planByEndOfYear = END_OF_SCHOOL_YEAR.equals(values.get(PLAN_DEADLINE));
        Deadline planDue = planByEndOfYear ? Deadline.endOfSchoolYear() : Deadline.on(MonthDay.of(Month.SEPTEMBER, 30));

        OrganisationScope centre = OrganisationScope.ofKind(OrganisationKind.METHODICAL_CENTRE);
        ActRequirement decisionOfCentreCouncil = ActRequirement.decisionOf(BodyKind.METHODICAL_COUNCIL, centre);
        ActRequirement orderOfCentre = ActRequirement.orderOfHead(centre);

        return Profile.builder(ID)
                .title(TITLE)
                .citedAs("Положения об опорной (стажировочной) методической площадке МБУ ИМЦ УО Яйского округа")
                .issuedBy("МБУ ИМЦ УО Яйского округа (Кемеровская область)")
                .settings(values)
                .edition(EDITION_ID, EARLIEST_POSSIBLE_EFFECT, ADOPTION)

                // 1. ОБЩИЕ ПОЛОЖЕНИЯ
                .clause("p1-1", "1.1", "Настоящее Положение определяет условия создания и порядок организации деятельности "
                        + "опорной (стажировочной) методической площадки МБУ ИМЦ УО  (далее - ОСМП).")
                .notCheckable("Предмет регулирования положения; требования к записям не содержит.")
                .clause("p1-1-abz2", "1.1 (абз. 2)", "ОСМП в своей деятельности руководствуется Конституцией Российской "
                        + "Федерации, Федеральным законом от 29.12.2012 №273-Ф3 «Об образовании в Российской Федерации», "
                        + "нормативно-правовыми документами Министерства образования и науки Российской Федерации, Законом "
                        + "Кемеровской области от 5.07.2013 №86-30 «Об образовании», а также настоящим Положением.")
                .notCheckable("Правовая основа деятельности: соблюдение законов в целом дело надзорных органов, записи "
                        + "сообщества его не показывают.")
                .clause("p1-2", "1.2", "ОСМП - временная структура, организованная на базе образовательной организации, "
                        + "осуществляющая распространение и внедрение актуального педагогического опыта по конкретным "
                        + "направлениям деятельности образовательного учреждения, а также для распространения передового "
                        + "опыта в практике работы ОО, закрепление теоретических знаний, полученных при освоении программ "
                        + "профессиональной переподготовки или/и  способствующего развитию и совершенствованию "
                        + "профессионализма педагогических работников и обеспечивающему реализацию приоритетных задач "
                        + "развития муниципальной системы образования Яйского округа.")
                .interpreted("Проверяется только «на базе образовательной организации» (правило host-organisation, "
                        + "вместе с п. 1.3); «временная структура» обеспечивается правилом status-term (работа только при "
                        + "действующем статусе); назначение площадки — цель, не проверяется.")
                .clause("p1-3", "1.3", "На статус ОСМП могут претендовать образовательные организации, реализующие "
                        + "программы дошкольного, начального общего, основного общего, среднего общего и дополнительного "
                        + "образования, имеющие положительный опыт работы в инновационной инфраструктуре в сфере образования.")
                .interpreted("Перечень уровней читается как «хотя бы одну из программ» (детский сад реализует только "
                        + "дошкольную). «Положительный опыт работы в инновационной инфраструктуре» — оценка МС ИМЦ УО при "
                        + "присвоении статуса, в записях не отражается и не проверяется.")
                .requires("host-organisation", HostOrganisation.ofKind(OrganisationKind.EDUCATIONAL).implementingAnyOf(
                        EducationLevel.PRESCHOOL, EducationLevel.PRIMARY_GENERAL, EducationLevel.BASIC_GENERAL,
                        EducationLevel.SECONDARY_GENERAL, EducationLevel.ADDITIONAL), "p1-2")
                .clause("p1-4", "1.4", "Статус ОСМП присваивается образовательным организациям, которые имеют положительные "
                        + "результаты работы в избранном направлении образовательной, методической или управленческой "
                        + "деятельности, при наличии соответствующей материально-технической и учебно-методической базы, "
                        + "кадрового потенциала руководителей и педагогов, владеющих современными методами управления и "
                        + "эффективными технологиями обучения и воспитания детей.")
                .notCheckable("Критерии, которые оценивает МС ИМЦ УО при присвоении статуса (результаты, база, кадровый "
                        + "потенциал); записи сообщества их не содержат, а решение МС проверяется правилом status-term.")
                .clause("p1-5", "1.5", "ОСМП может взаимодействовать с:")
                .notCheckable("Право, а не обязанность: взаимодействие допускается, но не требуется.")
                .clause("p1-5-abz2", "1.5 (абз. 2)", "- муниципальным органом управления образования;")
                .notCheckable("Элемент перечня прав п. 1.5.")
                .clause("p1-5-abz3", "1.5 (абз. 3)", "- муниципальной методической службой;")
                .notCheckable("Элемент перечня прав п. 1.5.")
                .clause("p1-5-abz4", "1.5 (абз. 4)", "- образовательными организациями;")
                .notCheckable("Элемент перечня прав п. 1.5.")
                .clause("p1-5-abz5", "1.5 (абз. 5)", "Иными организациями, с которыми заключено соглашение (договор) о "
                        + "сотрудничестве.")
                .notCheckable("Элемент перечня прав п. 1.5 (напечатан без дефиса и с прописной буквы); наличие соглашения "
                        + "— условие права, а не обязанность.")

                // 2. ЦЕЛЬ И ЗАДАЧИ — a goal and tasks, nothing a record shows
                .clause("p2-1", "2.1", "Целью деятельности ОСМП является распространение и внедрение актуального "
                        + "педагогического опыта по конкретным направлениям деятельности образовательного учреждения, "
                        + "способствующего развитию и совершенствованию профессионализма педагогических работников и "
                        + "обеспечивающему реализацию приоритетных задач развития муниципальной системы образования Яйского "
                        + "округа.")
                .notCheckable("Цель деятельности.")
                .clause("p2-2", "2.2", "Для реализации цели ОСМП выполняет следующие задачи:")
                .notCheckable("Вводная фраза перечня задач.")
                .clause("p2-2-abz2", "2.2 (абз. 2)", "-оказывает систематическую методическую помощь педагогам и "
                        + "руководителям образовательных учреждений Яйского округа;")
                .notCheckable("Задача без измеримого показателя (сколько и в какой форме — не сказано).")
                .clause("p2-2-abz3", "2.2 (абз. 3)", "-выявляет, анализирует, обобщает и распространяет актуальный "
                        + "педагогический опыт по направлению деятельности ОМП в соответствии с современными достижениями "
                        + "педагогической теории и практики;")
                .interpreted("«ОМП» — опечатка, имеется в виду ОСМП.")
                .notCheckable("Задача без измеримого показателя.")
                .clause("p2-2-abz4", "2.2 (абз. 4)", "-устанавливает эффективные горизонтальные связи между "
                        + "образовательными учреждениями Яйского округа, создает профессиональные педагогические сообщества.")
                .notCheckable("Задача без измеримого показателя; «эффективность» связей записи не показывают.")

                // 3. ПОРЯДОК ОРГАНИЗАЦИИ И ПРЕКРАЩЕНИЯ ДЕЯТЕЛЬНОСТИ
                .clause("p3-1", "3.1", "Присвоение образовательной организации статуса ОСМП осуществляется решением "
                        + "Методического совета МБУ ИМЦ УО Яйского округа (далее – МС ИМЦ УО  Яйского округа) в порядке, "
                        + "установленном настоящим Положением.")
                .interpreted("Статус, его срок (п. 3.3) и продление (п. 3.7) проверяет одно правило status-term: движок "
                        + "судит присвоение, подтверждение и продление одним требованием StatusTerm, поэтому замечания по "
                        + "любому из трёх пунктов цитируют «пп. 3.1, 3.3, 3.7», а текст замечания называет, что именно "
                        + "нарушено. Площадка работает только при действующем статусе (required): п. 1.2 «временная "
                        + "структура», пп. 3.3, 3.7 и 3.8 (абз. 2).")
                .requires("status-term", new StatusTerm(Period.ofYears(1), Period.ofYears(2), Period.ofYears(1),
                        decisionOfCentreCouncil, Optional.of(orderOfCentre), Optional.of(decisionOfCentreCouncil), true),
                        "p3-3", "p3-7")
                .clause("p3-2", "3.2", "Образовательная организация, претендующая на статус ОСМП, представляет в МС  ИМЦ "
                        + "Яйского округа пакет документов, включающий:")
                .interpreted("«МС ИМЦ Яйского округа» — тот же МС ИМЦ УО, что в п. 3.1. Представленный пакет хранится в "
                        + "МБУ ИМЦ УО (keptAt: методический центр). Движок не умеет привязать срок документа к дате решения "
                        + "о статусе, поэтому проверяется, что каждый документ пакета есть, датирован не позднее первого "
                        + "1 сентября работы площадки (для площадки, открытой 1 сентября, — не позднее дня открытия; для "
                        + "открытой позже — не позднее 1 сентября следующего учебного года) и хранится в ИМЦ; то, что он "
                        + "подан именно до решения МС, не проверяется.")
                .clause("p3-2-abz2", "3.2 (абз. 2)", "- Заявление с указанием темы ОСМП.")
                .requires("application-submitted", RequiredDocument.standing(DocumentKind.STATUS_APPLICATION,
                        PACKAGE_DUE).keptAt(centre), "p3-2")
                .clause("p3-2-abz3", "3.2 (абз. 3)", "- Информационную справку о результатах работы по выбранной теме.")
                .requires("information-reference-submitted", RequiredDocument.standing(DocumentKind.INFORMATION_REFERENCE,
                        PACKAGE_DUE).keptAt(centre), "p3-2")
                .clause("p3-2-abz4", "3.2 (абз. 4)", "- План работы опорной (стажировочной) методической площадки.")
                .requires("work-plan-submitted", RequiredDocument.standing(DocumentKind.WORK_PLAN,
                        PACKAGE_DUE).keptAt(centre), "p3-2")
                .clause("p3-3", "3.3", "Статус ОСМП присваивается образовательной организации на срок от одного до двух лет "
                        + "и подтверждается приказом МБУ ИМЦ УО Яйского округа.")
                // enforced by status-term, declared at 3.1
                .clause("p3-4-joint-leadership", "3.4", "Руководство деятельностью ОСМП осуществляется руководителем ОСМП и "
                        + "соруководителем ОСМП совместно. Кандидатуры руководителя и соруководителя ОСМП рассматриваются на "
                        + "заседании МС ИМЦ УО Яйского округа и утверждаются приказом МБУ ИМЦ УО Яйского округа.")
                .interpreted("Первый из двух пунктов с номером 3.4 (id p3-4-joint-leadership). «Совместно» — обе роли "
                        + "должны быть заняты в каждый день работы площадки. Проверяется утверждение приказом МБУ ИМЦ УО; "
                        + "предшествующее рассмотрение кандидатур на МС в записи о назначении не хранится и не проверяется.")
                .requires("leader-in-office", RoleEligibility.of(CommunityRole.LEADER, true, Eligibility.anyone()))
                .requires("co-leader-in-office", RoleEligibility.of(CommunityRole.CO_LEADER, true, Eligibility.anyone()))
                .requires("leader-appointed-by-order", new AppointmentByAct(CommunityRole.LEADER, orderOfCentre))
                .requires("co-leader-appointed-by-order", new AppointmentByAct(CommunityRole.CO_LEADER, orderOfCentre))
                .clause("p3-5-leader", "3.5", "Руководителем ОСМП является представитель образовательной организации, на "
                        + "базе которой действует ОСМП, из числа административно-управленческого персонала или педагогов, "
                        + "имеющих высшую квалификационную категорию.")
                .interpreted("Первый из двух пунктов с номером 3.5 (id p3-5-leader). «Имеющих высшую категорию» "
                        + (categoryForEveryLeader
                        ? "относится и к АУП (параметр leader-category-scope = administrative-staff-too): руководитель — "
                        + "работник организации-базы с высшей категорией."
                        : "относится только к педагогам (параметр leader-category-scope = teachers-only): руководитель — "
                        + "руководитель или заместитель руководителя организации-базы либо её педагог с высшей категорией.")
                        + " Категории «педагог-методист» и «педагог-наставник» присваиваются только обладателям высшей и "
                        + "засчитываются как высшая.")
                .requires("leader-eligibility", leaderEligibility(categoryForEveryLeader))
                .clause("p3-4-co-leader", "3.4", "Соруководителем ОСМП является методист МБУ ИМЦ УО Яйского округа, "
                        + "курирующий образовательную область или направление деятельности, в рамках которого реализуется "
                        + "деятельность ОСМП.")
                .interpreted("Второй из двух пунктов с номером 3.4 (id p3-4-co-leader). Проверяются должность «методист» и "
                        + "основное место работы в методическом центре; то, что методист курирует именно это направление, "
                        + "записи не показывают.")
                .requires("co-leader-eligibility", RoleEligibility.of(CommunityRole.CO_LEADER, false,
                        Eligibility.anyone().withPositions(Position.METHODIST).employedBy(centre)))
                .clause("p3-5-joint-duties", "3.5", "Руководитель ОСМП совместно с руководителем ОСМП:")
                .interpreted("Второй из двух пунктов с номером 3.5 (id p3-5-joint-duties). Опечатка «совместно с "
                        + "руководителем»: имеется в виду соруководитель (п. 3.4, id p3-4-co-leader). Обязанности "
                        + "перечислены в абз. 2–4; проверяется только абз. 2 (консультации).")
                .clause("p3-5-joint-duties-abz2", "3.5 (абз. 2)", "- Проводят консультации для руководящих и педагогических "
                        + "работников образовательных организаций муниципальной системы образования по вопросам содержания "
                        + "деятельности ОСМП.")
                .interpreted("Частота не указана; учебный год без единой консультации — предупреждение (минимальное "
                        + "прочтение обязанности «проводят»), а не нарушение. Судится только учебный год, прожитый площадкой "
                        + "целиком (до 31 августа включительно): последний год площадки, статус которой истекает раньше "
                        + "31 августа (при присвоении в конце августа — всегда; при статусе на один год — единственный её "
                        + "год), не проверяется — ограничение движка.")
                .warns("consultations-each-school-year", MeetingFrequency.atLeast(1, PeriodKind.SCHOOL_YEAR)
                        .ofForms(EventForm.CONSULTATION), "p3-5-joint-duties")
                .clause("p3-5-joint-duties-abz3", "3.5 (абз. 3)", "- Осуществляют мониторинг результатов деятельности ОСМП.")
                .notCheckable("Ни форма, ни срок, ни документ мониторинга не установлены.")
                .clause("p3-5-joint-duties-abz4", "3.5 (абз. 4)", "- Анализируют и обобщают опыт работы по итогам "
                        + "деятельности ОСМП, определяя перспективы ее развития в соответствии с перспективными направлениями "
                        + "развития муниципальной системы образования.")
                .notCheckable("Ни документ, ни срок анализа не установлены («по итогам деятельности» — без даты).")
                .clause("p3-6", "3.6", "Содержание деятельности опорной методической площадки")
                .notCheckable("Заголовок подраздела, нормативного содержания не имеет.")
                .clause("p3-6-1", "3.6.1", "ОСМП планирует деятельность, согласуя ее с планом работы МБУ ИМЦ УО Яйского "
                        + "округа, в соответствии с образовательной политикой и приоритетными направлениями развития "
                        + "муниципальной системы образования Яйского округа.")
                .interpreted("Напечатан в одной строке с п. 3.6.2, но это отдельный пункт. «Планирует деятельность» — план "
                        + "на каждый учебный год (правило plan-approval, вместе с п. 3.6.2); согласованность содержания с "
                        + "планом ИМЦ записи не показывают.")
                .clause("p3-6-2", "3.6.2", "План работы утверждается на Методическом совете МБУ ИМЦ УО Яйского округа и "
                        + "доводится до сведения образовательных учреждений через опубликование в ежегодном плане работы "
                        + "Управления образования администрации Яйского округа и размещение на сайте МБУ ИМЦ УО Яйского "
                        + "округа.")
                .interpreted("План нужен на каждый учебный год работы площадки. Срок утверждения текст не устанавливает: "
                        + (planByEndOfYear
                        ? "параметр plan-deadline = end-of-school-year — до 31 августа своего учебного года; учебный год, до "
                        + "конца которого площадка не дожила (статус истёк раньше 31 августа), не проверяется."
                        : "параметр plan-deadline = september-30 — не позднее 30 сентября того учебного года, на который "
                        + "составлен план (план публикуется в ежегодном плане работы Управления образования, то есть нужен "
                        + "к началу года); площадка, открытая после 30 сентября, плана на свой первый неполный год не должна.")
                        + " Каналы публикации проверяются по виду (ежегодный план органа управления образованием, сайт); "
                        + "чей это сайт и когда опубликован план, движок не сверяет.")
                .requires("plan-approval", PlanApproval.planEachYear().approvedBy(decisionOfCentreCouncil).by(planDue)
                        .publishedOn(PublicationChannel.AUTHORITY_ANNUAL_PLAN, PublicationChannel.WEBSITE), "p3-6-1")
                .clause("p3-6-3", "3.6.3", "ОСМП создает организационно-педагогические условия для развития "
                        + "профессионализма педагогических работников муниципальной системы образования через "
                        + "самостоятельный выбор форм и методов работы (постоянно действующие семинары, практикумы, "
                        + "дискуссии, деловые игры, индивидуальные и групповые консультации, мастер-классы, педагогические "
                        + "мастерские, открытые учебные занятия, внеклассные мероприятия, методические дни и недели, занятия "
                        + "методических объединений, творческие отчеты педагогов и др.).")
                .notCheckable("Формы работы выбираются самостоятельно; перечень примерный, ни одна форма не обязательна.")
                .clause("p3-6-4", "3.6.4", "ОСМП создает условия для ознакомления педагогических кадров Яйского округа  с "
                        + "опытом работы педагогического коллектива ОМП и с опытом отдельных педагогов.")
                .interpreted("«ОМП» — опечатка, имеется в виду ОСМП.")
                .notCheckable("«Создаёт условия» — без измеримого показателя.")
                .clause("p3-6-5", "3.6.5", "ОСМП обеспечивает сбор, анализ и систематизацию опыта работы образовательных "
                        + "учреждений по направлению методической работы и их результатах.")
                .notCheckable("Ни документ, ни срок не установлены.")
                .clause("p3-6-6", "3.6.6", "Создает (совместно с методистами МБУ ИМЦ УО Яйского округа) временные "
                        + "творческие коллективы по разработке содержания, моделей методической работы образовательного "
                        + "учреждения по определенному направлению деятельности.")
                .notCheckable("Ни число, ни срок, ни акт о создании творческих коллективов не установлены; записи сообщества "
                        + "их не содержат.")
                .clause("p3-7", "3.7", "Срок работы ОСМП может быть продлен по решению МС ИМЦ Яйского округа не более чем "
                        + "на один год.")
                .interpreted("«Не более чем на один год» — в сумме всех продлений одного присвоения статуса (12 месяцев, "
                        + "год и день — уже нарушение). Проверяется правилом status-term (объявлено при п. 3.1).")
                .clause("p3-8", "3.8", "ОСМП прекращает свою деятельность в следующих случаях:")
                .interpreted("Основания прекращения — абзацы 2–5; последний абзац (6) — не основание, а обязанность "
                        + "(см. правило contest-each-school-year). Акт о прекращении положение не называет и не требует.")
                .requires("termination-reasons", new TerminationReasons(Set.of(TerminationReason.TERM_EXPIRED,
                        TerminationReason.TOPIC_NO_LONGER_RELEVANT, TerminationReason.STAFF_CHANGES,
                        TerminationReason.LAW_VIOLATION), Optional.empty()),
                        "p3-8-abz2", "p3-8-abz3", "p3-8-abz4", "p3-8-abz5")
                .clause("p3-8-abz2", "3.8 (абз. 2)", "- завершение сроков деятельности ОСМП;")
                .clause("p3-8-abz3", "3.8 (абз. 3)", "-утрата актуальности темы ОСМП, ее перспективности для развития "
                        + "муниципальной системы образования Яйского округа;")
                .clause("p3-8-abz4", "3.8 (абз. 4)", "- изменение в кадровом составе ОСМП, влияющие на ее работу.")
                .clause("p3-8-abz5", "3.8 (абз. 5)", "- выявление в процессе работы ОСМП нарушений законодательства.")
                .clause("p3-8-abz6", "3.8 (абз. 6)", "- по итогам работы ОСМП в обязательном порядке участвует в конкурсах "
                        + "профессионального мастерства.")
                .interpreted("Дефект: напечатан как основание прекращения, но по смыслу — обязанность. Читается как участие "
                        + "хотя бы в одном конкурсе профессионального мастерства (мероприятие вида «конкурс») в каждом "
                        + "учебном году работы площадки; учебный год, прожитый площадкой не целиком (до 31 августа "
                        + "включительно), не судится — поэтому последний год площадки, статус которой истекает раньше "
                        + "31 августа (при статусе на один год — единственный), не проверяется: ограничение движка. "
                        + (contestSeverity == Severity.WARNING
                        ? "Параметр contest-severity = warning: пропуск — предупреждение."
                        : "Параметр contest-severity = violation: пропуск — нарушение."))
                .rule("contest-each-school-year", contestSeverity, MeetingFrequency.atLeast(1, PeriodKind.SCHOOL_YEAR)
                        .ofForms(EventForm.CONTEST))
                .build();
    }

    /**
     * 3.5 (first): a representative of the host — from its administrative staff, or one of its teachers with the
     * highest category; or, on the other reading, anyone of the host with the highest category.
     */
    private static RoleEligibility leaderEligibility(boolean categoryForEveryLeader) {
        Eligibility ofHost = Eligibility.anyone().employedBy(OrganisationScope.host());
        Eligibility withHighest = ofHost.withCategories(QualificationCategory.HIGHEST, QualificationCategory.METHODIST,
                QualificationCategory.MENTOR);
        return categoryForEveryLeader
                ? RoleEligibility.of(CommunityRole.LEADER, false, withHighest)
                : RoleEligibility.of(CommunityRole.LEADER, false, ofHost.fromAdministrativeStaff(), withHighest);
    }
}
