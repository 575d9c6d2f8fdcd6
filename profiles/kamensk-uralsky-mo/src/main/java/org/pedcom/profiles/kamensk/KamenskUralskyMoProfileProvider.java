package org.pedcom.profiles.kamensk;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pedcom.calendar.PeriodKind;
import org.pedcom.documentation.DocumentForm;
import org.pedcom.documentation.DocumentKind;
import org.pedcom.meeting.EventForm;
import org.pedcom.membership.CommunityRole;
import org.pedcom.membership.MembershipBasis;
import org.pedcom.organisation.OrganisationKind;
import org.pedcom.people.AdministrativeRole;
import org.pedcom.profile.Profile;
import org.pedcom.profile.ProfileId;
import org.pedcom.profile.ProfileParameter;
import org.pedcom.profile.ProfileSettings;
import org.pedcom.profile.spi.ProfileProvider;
import org.pedcom.regulation.LocalizedText;
import org.pedcom.rule.ActRequirement;
import org.pedcom.rule.AnnualCompositionOrder;
import org.pedcom.rule.AnnualReportRequired;
import org.pedcom.rule.Deadline;
import org.pedcom.rule.Eligibility;
import org.pedcom.rule.HostOrganisation;
import org.pedcom.rule.ItemOutcome;
import org.pedcom.rule.MeetingDocuments;
import org.pedcom.rule.MeetingFrequency;
import org.pedcom.rule.MeetingPart;
import org.pedcom.rule.MembershipBasisRequired;
import org.pedcom.rule.OrganisationScope;
import org.pedcom.rule.PlanApproval;
import org.pedcom.rule.ProtocolContent;
import org.pedcom.rule.RequiredDocument;
import org.pedcom.rule.RoleEligibility;

/**
 * «Положение о методическом объединении педагогических работников, оказывающих психолого-педагогическую помощь
 * участникам образовательного процесса Каменск-Уральского городского округа», утверждённое приказом директора
 * МБУ «Центр психолого-медико-социального сопровождения» (ЦПМСС) № 46-Д от 02.09.2024, as a pedcom profile.
 *
 * <p>The rules are written clause by clause in printed order; every clause either carries its rules or says why it
 * cannot be checked. The host organisation of the community («на базе … ЦПМСС», п. 1.1) is the ЦПМСС, so
 * «приказ директора ЦПМСС» is an order of the head of the host and «заместитель директора ЦПМСС» a deputy head
 * employed by the host.
 */
public final class KamenskUralskyMoProfileProvider implements ProfileProvider {

    public static final String ID = "kamensk-uralsky-mo";

    public static final String TITLE = "Положение о методическом объединении педагогических работников, оказывающих "
            + "психолого-педагогическую помощь участникам образовательного процесса Каменск-Уральского городского округа";

    /** The edition's id: the date of the adopting order. */
    public static final String EDITION = "2024-09-02";

    /** «По каждому из обсуждаемых вопросов … принимаются рекомендации и решения» (п. 5.2). */
    public static final ProfileParameter ITEM_OUTCOME = new ProfileParameter("item-outcome",
            LocalizedText.of(
                    "Что протокол заседания должен зафиксировать по каждому обсуждаемому вопросу (п. 5.2): "
                            + "«decision-and-recommendation» — и решение, и рекомендацию (буквальное прочтение «рекомендации и решения»); "
                            + "«decision-or-recommendation» — хотя бы одно из двух.",
                    "What a session's protocol must record for every question discussed (cl. 5.2): "
                            + "'decision-and-recommendation' — both a decision and a recommendation (the literal reading); "
                            + "'decision-or-recommendation' — at least one of the two."),
            List.of("decision-and-recommendation", "decision-or-recommendation"), "decision-and-recommendation");

    /** П. 5.1 names who drafts, reviews and approves the plan, but sets no date. */
    public static final ProfileParameter PLAN_DEADLINE = new ProfileParameter("plan-deadline",
            LocalizedText.of(
                    "Срок утверждения плана работы на учебный год (пп. 5.1, 9.3), который текст не устанавливает: "
                            + "«none» — срока нет, план должен быть составлен, рассмотрен и утверждён в течение своего учебного года (до 31 августа); "
                            + "«september-30» — не позднее 30 сентября учебного года, к которому относится план.",
                    "The deadline for approving the year's work plan (cl. 5.1, 9.3), which the text does not set: "
                            + "'none' — no deadline, the plan must be drafted, reviewed and approved within its school year (by 31 August); "
                            + "'september-30' — by 30 September of the school year the plan is for."),
            List.of("none", "september-30"), "none");

    /**
     * The last day of the yearly composition order (пп. 1.3, 9.1). The text gives none; an order «на учебный год» is
     * read as due within the first month of that year.
     */
    public static final MonthDay COMPOSITION_ORDER_DUE = MonthDay.of(Month.SEPTEMBER, 30);

    private static final MonthDay SEPTEMBER_30 = MonthDay.of(Month.SEPTEMBER, 30);

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
        return List.of(ITEM_OUTCOME, PLAN_DEADLINE);
    }

    @Override
    public Profile create(ProfileSettings settings) {
        // Resolving again is idempotent for settings the registry already resolved, and fills in the defaults when
        // a caller builds the profile directly with ProfileSettings.defaults().
        Map<String, String> values = settings.resolve(parameters());
        ItemOutcome itemOutcome = "decision-or-recommendation".equals(values.get(ITEM_OUTCOME.name()))
                ? ItemOutcome.DECISION_OR_RECOMMENDATION : ItemOutcome.DECISION_AND_RECOMMENDATION;
        // Without a date in the text the plan «на текущий учебный год» must still be approved within that year: an
        // explicit end-of-year deadline makes the engine compare the approval's date too.
        Deadline planDeadline = "september-30".equals(values.get(PLAN_DEADLINE.name()))
                ? Deadline.on(SEPTEMBER_30) : Deadline.endOfSchoolYear();

        ActRequirement orderOfCpmssDirector = ActRequirement.orderOfHead(OrganisationScope.host());
        PlanApproval planApproval = PlanApproval.planEachYear()
                .mustBeDraftedByLeader()
                .afterReviewAtMeeting()
                .approvedBy(orderOfCpmssDirector)
                .by(planDeadline);

        return Profile.builder(ID)
                .title(TITLE)
                .citedAs("Положения о методическом объединении педагогических работников, оказывающих "
                        + "психолого-педагогическую помощь (Каменск-Уральский ГО)")
                .issuedBy("МБУ «Центр психолого-медико-социального сопровождения» (ЦПМСС), Каменск-Уральский городской округ")
                .settings(values)
                // П. 10: «Срок действия данного положения не ограничен» — an edition without end.
                .edition(EDITION, LocalDate.of(2024, Month.SEPTEMBER, 2), "утв. приказом директора ЦПМСС № 46-Д от 02.09.2024")

                // 1. Общие положения
                .clause("p1-1", "1.1", "Методическое объединение педагогических работников, оказывающих "
                        + "психолого-педагогическую помощь участникам образовательного процесса, образовательных организаций "
                        + "Каменск-Уральского городского округа (далее - МО) функционирует на базе муниципального бюджетного "
                        + "учреждения «Центр психолого-медико-социального сопровождения» (далее ЦПМСС).")
                .interpreted("Организация-база сообщества (Community.host) должна быть центром психолого-педагогической, "
                        + "медицинской и социальной помощи (OrganisationKind.SUPPORT_CENTRE), т. е. ЦПМСС; на этом держатся "
                        + "правила пп. 1.3, 5.1, 5.3, где «ЦПМСС» читается как организация-база. Ядро проверяет организацию-базу "
                        + "один раз, в день создания сообщества: у МО, созданного до 02.09.2024, этот пункт не проверяется.")
                .requires("host-is-cpmss", HostOrganisation.ofKind(OrganisationKind.SUPPORT_CENTRE))
                .clause("p1-2", "1.2", "Методическое объединение в своей деятельности руководствуется Конвенцией о правах "
                        + "ребёнка, законами Российской Федерации, решениями Правительства РФ, Министерства образования и "
                        + "молодежной политики Свердловской области, Управления образования Каменск-Уральского городского "
                        + "округа, локальными актами ЦПМСС и настоящим Положением.")
                .notCheckable("Перечень правовых оснований деятельности; записи о деятельности МО его соблюдения не показывают.")
                .clause("p1-3", "1.3", "Количество городских методических объединений педагогических работников, "
                        + "оказывающих психолого-педагогическую помощь участникам образовательного процесса, их численность "
                        + "определяются исходя из необходимости комплексного решения задач, поставленных перед системой "
                        + "образования Каменск-Уральского городского округа и утверждается приказом директора ЦПМСС ежегодно.")
                .interpreted("Ежегодный приказ директора ЦПМСС, утверждающий МО и их численность, — это «приказ о составе … "
                        + "на учебный год» п. 9.1: на каждый учебный год должен быть издан приказ руководителя организации-базы, "
                        + "называющий всех участников МО. Срок текст не устанавливает; принят срок 30 сентября учебного года "
                        + "(приказ «на учебный год» должен действовать с его начала, первый месяц отводится на приём заявлений). "
                        + "Участники, включённые после 30 сентября, в этом приказе не требуются. Количество МО и «необходимость "
                        + "комплексного решения задач» не проверяются.")
                .requires("composition-order-yearly",
                        new AnnualCompositionOrder(orderOfCpmssDirector, Deadline.on(COMPOSITION_ORDER_DUE)), "p9-1")

                // 2. Цель деятельности (one unnumbered paragraph)
                .clause("p2-goal", "2 (абз. 1)", "Цель работы методического объединения - содействие профессиональному "
                        + "развитию педагогических работников, оказывающих психолого-педагогическую помощь на разных ступенях "
                        + "образования.")
                .notCheckable("Цель деятельности; её достижение записи не показывают.")

                // 3. Задачи
                .clause("p3-1", "3.1", "обеспечение роста ключевых компетенций (компетентностей) педагогических работников, "
                        + "развитие их творческой инициативы;")
                .notCheckable("Задача МО, а не проверяемое требование к записям.")
                .clause("p3-2", "3.2", "обобщение и распространение эффективных психолого-педагогических практик;")
                .notCheckable("Задача МО; наличие банка практик проверяется по п. 9.5, сама задача — нет.")
                .clause("p3-3", "3.3", "обеспечение внедрения современных технологий в коррекционно-развивающую и "
                        + "консультативно-диагностическую деятельность;")
                .notCheckable("Задача МО, а не проверяемое требование к записям.")
                .clause("p3-4", "3.4", "изучение и мониторинг качества коррекционно-развивающей и консультативно-диагностической "
                        + "деятельности;")
                .notCheckable("Задача МО; ни способ, ни периодичность мониторинга не установлены.")
                .clause("p3-5", "3.5", "формирование современного имиджа педагога через профессиональное конкурсное движение.")
                .notCheckable("Задача МО, а не проверяемое требование к записям.")

                // 4. Содержание деятельности
                .clause("p4-1", "4.1", "Оказание системной практической помощи педагогическим работникам на основе анализа "
                        + "потребностей, профессиональных дефицитов или успешных практик.")
                .notCheckable("Содержание деятельности; объём и форма помощи не установлены.")
                .clause("p4-2", "4.2", "Создание условий для повышения квалификации, образования и самообразования.")
                .notCheckable("Содержание деятельности; «условия» записи не показывают.")
                .clause("p4-3", "4.3", "Предоставление площадок для обобщения и представления инновационного и новационного "
                        + "педагогического опыта.")
                .notCheckable("Содержание деятельности; число и вид площадок не установлены.")
                .clause("p4-4", "4.4", "Общественное признание и поощрение результатов педагогической деятельности.")
                .notCheckable("Содержание деятельности; поощрение — решение иных органов.")
                .clause("p4-5", "4.5", "Совершенствование профессиональной среды развития педагогических работников через "
                        + "использование цифровых технологий и сетевого взаимодействия.")
                .notCheckable("Содержание деятельности без измеримого критерия.")
                .clause("p4-6", "4.6", "Организация методической помощи молодым специалистам, наставничество.")
                .notCheckable("Содержание деятельности; ни круг молодых специалистов, ни форма наставничества не установлены.")

                // 5. Организация деятельности
                .clause("p5-1", "5.1", "Работа МО проводится в соответствии с планом работы на текущий учебный год. План "
                        + "составляется руководителем МО, рассматривается на заседании методического объединения, утверждается "
                        + "приказом директора ЦПМСС.")
                .interpreted("На каждый учебный год должен быть план работы: автор — руководитель МО на дату составления, "
                        + "до утверждения рассмотрен на заседании МО, утверждён приказом руководителя организации-базы (ЦПМСС). "
                        + "Срока текст не устанавливает: по умолчанию план должен пройти эти шаги в течение своего учебного года "
                        + "(до 31 августа); параметр «plan-deadline» = «september-30» требует утверждения не позднее 30 сентября. "
                        + "Соответствие проведённых мероприятий плану («работа проводится в соответствии с планом») не проверяется.")
                .requires("work-plan-approved", planApproval)
                .clause("p5-2", "5.2", "Заседания МО проводятся не реже одного раза в полугодие. По каждому из обсуждаемых "
                        + "вопросов на заседании принимаются рекомендации и решения, которые фиксируются в протоколе, "
                        + "рекомендации и решения подписываются руководителем и секретарѐм МО.")
                .interpreted("«Заседания» — только мероприятия формы «заседание» (раздел 6 отличает заседания, п. 6.1, от "
                        + "совещаний, семинаров, практикумов и др., п. 6.2); полугодия учебного года: 1 сентября – 31 декабря и "
                        + "1 января – 31 августа; полугодие, которое МО прожило не целиком, не проверяется. Каждое заседание "
                        + "оформляется протоколом; в протоколе по каждому вопросу — решение и рекомендация (параметр "
                        + "«item-outcome»: «decision-or-recommendation» — хотя бы одно из двух); протокол подписан руководителем и "
                        + "секретарём МО, занимавшими эти роли в день заседания.")
                .requires("sessions-per-half-year",
                        MeetingFrequency.atLeast(1, PeriodKind.HALF_YEAR).ofForms(EventForm.SESSION))
                .requires("session-protocol",
                        MeetingDocuments.everyMeetingHas(MeetingPart.PROTOCOL).forForms(EventForm.SESSION), "p9-6")
                .requires("session-protocol-content",
                        ProtocolContent.recording(itemOutcome, CommunityRole.LEADER, CommunityRole.SECRETARY)
                                .forForms(EventForm.SESSION))
                .clause("p5-3", "5.3", "Контроль за деятельностью МО осуществляется заместителем директора ЦПМСС.")
                .interpreted("Роль «куратор» (SUPERVISOR) должна быть занята во все дни деятельности МО работником с "
                        + "административной ролью «заместитель руководителя», основное место работы которого — ЦПМСС "
                        + "(организация-база). Акт о возложении контроля текст не требует. Содержание контроля не проверяется.")
                .requires("supervisor-deputy-director", RoleEligibility.of(CommunityRole.SUPERVISOR, true,
                        Eligibility.anyone().withAdministrativeRoles(AdministrativeRole.DEPUTY_HEAD)
                                .employedBy(OrganisationScope.host())))

                // 6. Основные формы работы в методическом объединении
                .clause("p6-1", "6.1", "Заседания МО по вопросам профессиональной деятельности.")
                .notCheckable("Форма работы, а не обязанность; служит определением «заседания» для п. 5.2 "
                        + "(учитываются мероприятия формы «заседание»). Тематика заседаний не проверяется.")
                .clause("p6-2", "6.2", "Совещания, семинары, практикумы и другие формы работы по вопросам профессиональной "
                        + "деятельности.")
                .notCheckable("Формы работы без обязательного количества; в счёт заседаний п. 5.2 не идут.")
                .clause("p6-3", "6.3", "Открытые мероприятия.")
                .notCheckable("Форма работы без обязательного количества; для проведённых открытых мероприятий сценарий "
                        + "требуется по п. 9.6.")
                .clause("p6-4", "6.4", "Конкурсы, Выставки, Форумы, Фестивали и другие формы работы.")
                .notCheckable("Формы работы без обязательного количества.")
                .clause("p6-5", "6.5", "Обобщение профессионального опыта в ежегодном электронном сборнике «Ступеньки».")
                .notCheckable("Форма работы (раздел 6 — «основные формы работы»), а не ежегодная обязанность МО: сборник "
                        + "выпускает ЦПМСС, а публикация в сборнике ЦПМСС — право членов МО (п. 7.2). Материалы для сборника "
                        + "(DocumentKind.E_COLLECTION_CONTRIBUTION) могут храниться в записи, но не требуются.")

                // 7. Права членов городского методического объединения
                .clause("p7-1", "7.1", "Выдвигать предложения о совершенствовании методической и профессиональной деятельности.")
                .notCheckable("Право члена МО, а не обязанность.")
                .clause("p7-2", "7.2", "Ставить вопрос о публикации материалов об эффективных педагогических практиках, "
                        + "накопленных в МО, в сборнике ЦПМСС, в профессиональных изданиях.")
                .notCheckable("Право члена МО, а не обязанность.")
                .clause("p7-3", "7.3", "Ходатайствовать о поощрении педагогических работников за активное участие в работе "
                        + "методического объединения.")
                .notCheckable("Право члена МО, а не обязанность.")
                .clause("p7-4", "7.4", "Выдвигать от состава МО педагогических работников для участия в региональных и "
                        + "федеральных профессиональных конкурсах.")
                .notCheckable("Право члена МО, а не обязанность.")

                // 8. Обязанности членов городского методического объединения
                .clause("p8-1", "8.1", "Участвовать в заседаниях МО, мероприятиях, проводимых МО.")
                .notCheckable("Обязанность каждого члена МО; листы регистрации ведутся (п. 9.6), но в словаре требований "
                        + "pedcom нет правила о посещаемости отдельного участника, а текст не задаёт меры (каждое ли заседание, "
                        + "какая доля мероприятий). Портал может считать посещаемость по листам регистрации сам.")
                .clause("p8-2", "8.2", "Заниматься самообразованием и развитием профессиональных компетенций.")
                .notCheckable("Личная обязанность без измеримого критерия; записи МО её не показывают.")
                .clause("p8-3", "8.3", "Стремиться к повышению уровня профессионального мастерства.")
                .notCheckable("Пожелание («стремиться»), а не проверяемое требование.")
                .clause("p8-4", "8.4", "Знать тенденции развития области профессиональной деятельности, нормативные документы.")
                .notCheckable("Знания члена МО записи не показывают.")
                .clause("p8-5", "8.5", "Владеть основами самоанализа педагогической деятельности.")
                .notCheckable("Умение члена МО записи не показывают.")
                .clause("p8-6", "8.6", "Представлять опыт собственной профессиональной деятельности профессиональному "
                        + "методическому объединению.")
                .notCheckable("Ни периодичность, ни форма представления опыта не установлены; в словаре pedcom нет правила "
                        + "о выступлениях отдельного участника.")

                // 9. Документация и отчетность методических объединений
                .clause("p9-1", "9.1", "Приказ о составе о направлении деятельности МО на учебный год. Включение "
                        + "педагогических работников в состав МО носит добровольный заявительный характер.")
                .interpreted("Пропуск союза в «о составе о направлении» читается как «о составе и направлении деятельности». "
                        + "Приказ о составе проверяется правилом п. 1.3 (composition-order-yearly); направления деятельности, "
                        + "указанные в приказе, не проверяются. «Добровольный заявительный характер»: каждое членство, начатое "
                        + "в период действия положения, должно основываться на заявлении педагога (MembershipBasis.APPLICATION).")
                .requires("membership-by-application", MembershipBasisRequired.of(MembershipBasis.APPLICATION))
                .clause("p9-2", "9.2", "Анализ работы за прошедший год (в электронном виде).")
                .interpreted("Анализ работы за учебный год (AnnualReport) в электронном виде должен быть составлен не позднее "
                        + "31 августа этого учебного года, чтобы к началу следующего года, для которого он «за прошедший год», "
                        + "он был в документации. Обязательные показатели текст не называет.")
                .requires("analysis-of-year",
                        new AnnualReportRequired(Deadline.endOfSchoolYear(), Set.of(), Optional.of(DocumentForm.ELECTRONIC)))
                .clause("p9-3", "9.3", "План работы МО на текущий год (в электронном виде).")
                .interpreted("«Текущий год» — учебный год (ср. п. 5.1). Документ «план работы» на учебный год в электронном "
                        + "виде должен быть в документации к сроку плана по параметру «plan-deadline» (по умолчанию — до 31 августа "
                        + "этого учебного года, при «september-30» — до 30 сентября).")
                .requires("work-plan-electronic", RequiredDocument.perSchoolYear(DocumentKind.WORK_PLAN, planDeadline)
                        .inForm(DocumentForm.ELECTRONIC))
                .clause("p9-4", "9.4", "Банк данных (в электронном виде) о педагогах МО: количественный и качественный состав "
                        + "(возраст, образование, должность, педагогический стаж, квалификационная категория, участие в "
                        + "профессиональных конкурсах, публикации, награды, звания, авторские разработки, контакты и др).")
                .interpreted("Банк данных — документ записи (DocumentKind.TEACHER_DATA_BANK) в электронном виде, который должен "
                        + "существовать в каждом учебном году (составленный на этот год или ведущийся с прежних лет); его "
                        + "содержание — персональные данные педагогов (PersonalData), в замечаниях они не выводятся. Полнота "
                        + "перечисленных сведений и согласия по 152-ФЗ этим правилом не проверяются.")
                .requires("teacher-data-bank", RequiredDocument.perSchoolYear(DocumentKind.TEACHER_DATA_BANK,
                        Deadline.endOfSchoolYear()).inForm(DocumentForm.ELECTRONIC))
                .clause("p9-5", "9.5", "Банк эффективных педагогических практик (в электронном виде).")
                .interpreted("Банк практик должен существовать в электронном виде в каждом учебном году (ведущийся с прежних "
                        + "лет документ тоже годится); его пополнение не проверяется.")
                .requires("practice-bank", RequiredDocument.perSchoolYear(DocumentKind.PRACTICE_BANK,
                        Deadline.endOfSchoolYear()).inForm(DocumentForm.ELECTRONIC))
                .clause("p9-6", "9.6", "Протоколы заседаний МО, планы, сценарии проведения открытых мероприятий, листы регистрации.")
                .interpreted("Протоколы заседаний проверяются правилом п. 5.2 (session-protocol); «планы» читаются как планы "
                        + "работы МО, уже требуемые пп. 5.1 и 9.3; сценарий нужен каждому проведённому открытому мероприятию "
                        + "(формы «открытое мероприятие» и «открытое учебное занятие»); лист регистрации — каждому мероприятию "
                        + "МО любой формы. Электронная форма для документов п. 9.6 в тексте не указана и не требуется.")
                .requires("open-event-scenario", MeetingDocuments.everyMeetingHas(MeetingPart.SCENARIO)
                        .forForms(EventForm.OPEN_EVENT, EventForm.OPEN_LESSON))
                .requires("event-registration-sheet", MeetingDocuments.everyMeetingHas(MeetingPart.REGISTRATION_SHEET))

                // 10. Срок действия положения (one unnumbered paragraph)
                .clause("p10-term", "10 (абз. 1)", "Срок действия данного положения не ограничен.")
                .notCheckable("Не требование к деятельности МО: отражено в профиле редакцией без даты окончания "
                        + "(Edition.effectiveTo пуст), действующей до появления новой редакции.")
                .build();
    }
}
