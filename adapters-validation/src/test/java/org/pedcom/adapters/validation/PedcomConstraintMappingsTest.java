package org.pedcom.adapters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.Test;
import org.pedcom.community.Community;
import org.pedcom.meeting.AgendaItem;
import org.pedcom.meeting.EventForm;
import org.pedcom.meeting.Meeting;
import org.pedcom.meeting.MeetingId;
import org.pedcom.record.CommunityRecord;
import org.pedcom.record.RecordFixtures;

/**
 * The integrity mapping: what core's constructors let through but a whole record must not contain, the
 * constructors' own checks as metadata, and cascading through a record.
 */
class PedcomConstraintMappingsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    private static final Validator VALIDATOR = integrityValidatorOn(TODAY);

    /** A portal's form for one meeting: its own fields, the core record it builds, validated together. */
    record MeetingForm(@NotBlank String organiserNote, @Valid Meeting meeting) {
    }

    @Test
    void aBlankDecisionInAnAgendaItemIsAViolationAtItsIndex() {
        AgendaItem item = AgendaItem.of("О плане работы на 2024/2025 учебный год", List.of("Утвердить план", " "),
                List.of());

        assertThat(paths(VALIDATOR.validate(item))).containsExactly("decisions[1].<list element>");
    }

    @Test
    void aBlankDirectionOfACommunityIsAViolation() {
        Community community = RecordFixtures.aCommunity();
        Community withBlankDirection = new Community(community.id(), community.kind(), community.name(),
                community.host(), community.createdOn(), community.creationAct(), community.form(),
                List.of("Функциональная грамотность", ""), community.termination());

        assertThat(paths(VALIDATOR.validate(withBlankDirection))).containsExactly("directions[1].<list element>");
    }

    @Test
    void aMeetingDatedAfterTodayByTheValidatorsClockIsAViolation() {
        MeetingForm form = new MeetingForm("перенесено из журнала", aMeetingOn(TODAY.plusDays(1), "Заседание № 3"));

        Set<ConstraintViolation<MeetingForm>> violations = VALIDATOR.validate(form);

        assertThat(paths(violations)).containsExactly("meeting.date");
        assertThat(integrityValidatorOn(TODAY.plusDays(1)).validate(form)).isEmpty();
    }

    @Test
    void aPortalFormCascadesIntoTheMeetingsAgenda() {
        Meeting meeting = new Meeting(MeetingId.of("m-7"), TODAY, EventForm.SESSION, "Заседание № 3",
                List.of(AgendaItem.of("Итоги пробных ОГЭ", List.of("Принять к сведению"), List.of("", "Провести разбор"))),
                Optional.empty(), Optional.empty(), Optional.empty());

        var violations = VALIDATOR.validate(new MeetingForm(" ", meeting));

        assertThat(paths(violations)).containsExactlyInAnyOrder("organiserNote",
                "meeting.agenda[0].recommendations[0].<list element>");
    }

    @Test
    void aRecordCascadesIntoItsMeetingsAndCommunity() {
        CommunityRecord record = CommunityRecord.builder(RecordFixtures.aCommunity())
                .organisation(RecordFixtures.theSchool()).organisation(RecordFixtures.theMethodicalCentre())
                .organisation(RecordFixtures.theAuthority())
                .meeting(aMeetingOn(TODAY.plusMonths(2), "Заседание из будущего"))
                .build();

        assertThat(paths(VALIDATOR.validate(record))).contains("meetings[0].date");
    }

    @Test
    void aValidSampleYearHasNoIntegrityViolation() {
        SeedCommunities.ALL.forEach(seed -> assertThat(integrityValidatorOn(LocalDate.of(2025, 9, 20))
                .validate(seed.sample().get())).as(seed.profile()).isEmpty());
    }

    @Test
    void theMetadataTellsAFormWhichFieldsAreRequired() {
        var name = VALIDATOR.getConstraintsForClass(Community.class).getConstraintsForProperty("name");

        assertThat(name.getConstraintDescriptors()).extracting(d -> (Object) d.getAnnotation().annotationType())
                .containsExactly(NotBlank.class);
    }

    private static Meeting aMeetingOn(LocalDate date, String topic) {
        return new Meeting(MeetingId.of("m-" + date), date, EventForm.SESSION, topic, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static Validator integrityValidatorOn(LocalDate day) {
        HibernateValidatorConfiguration configuration = Validators.configuration();
        return configuration.addMapping(PedcomConstraintMappings.integrity(configuration))
                .clockProvider(() -> Validators.clockOn(day))
                .buildValidatorFactory().getValidator();
    }

    private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }
}
