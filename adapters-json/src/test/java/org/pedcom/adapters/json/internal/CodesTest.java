package org.pedcom.adapters.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pedcom.calendar.PeriodKind;
import org.pedcom.rule.Requirement;

class CodesTest {

    @Test
    void everyEnumerationConstantHasItsOwnLowerCaseCode() {
        for (EnumCodec<?> codec : Codes.ENUMS) {
            List<String> codes = codec.codes();
            assertThat(codes).as(codec.type().getName()).hasSize(codec.type().getEnumConstants().length)
                    .doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z0-9][a-z0-9-]*"));
        }
    }

    @Test
    void periodKindsKeepTheCodesCoreGivesThem() {
        for (PeriodKind k : PeriodKind.values()) {
            assertThat(Codes.PERIOD_KIND.code(k)).isEqualTo(k.code());
        }
    }

    @Test
    void everyEnumerationOfCoreThatTheRecordOrProfilesUseHasACodeTable() {
        Set<Class<?>> covered = Codes.ENUMS.stream().map(EnumCodec::type).collect(Collectors.toSet());
        assertThat(Registry.codecs().keySet()).filteredOn(Class::isEnum).allMatch(covered::contains);
        assertThat(covered).contains(org.pedcom.act.ActKind.class, org.pedcom.rule.Severity.class, org.pedcom.compliance.Verdict.class);
    }

    @Test
    void everyPublicConstantOfAnOpenVocabularyIsWrittenAsItsCode() throws Exception {
        for (VocabularyCodec<?> codec : Codes.VOCABULARIES) {
            Class<?> type = codec.constants().get(0).getClass();
            Set<Object> declared = Arrays.stream(type.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == type)
                    .map(CodesTest::value).collect(Collectors.toSet());
            assertThat(List.<Object>copyOf(codec.constants())).as(type.getName()).containsExactlyInAnyOrderElementsOf(declared);
        }
    }

    @Test
    void everyRequirementKindIsWrittenWithTheCodeCoreDeclares() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("MeetingFrequency", "meeting-frequency"), Map.entry("RoleEligibility", "role-eligibility"),
                Map.entry("AppointmentByAct", "appointment-by-act"), Map.entry("CreationByAct", "creation-by-act"),
                Map.entry("PlanApproval", "plan-approval"), Map.entry("SubmissionDeadline", "submission-deadline"),
                Map.entry("ProtocolContent", "protocol-content"), Map.entry("MeetingDocuments", "meeting-documents"),
                Map.entry("RequiredDocument", "required-document"), Map.entry("MembershipBasisRequired", "membership-basis"),
                Map.entry("AnnualCompositionOrder", "annual-composition-order"), Map.entry("StatusTerm", "status-term"),
                Map.entry("TerminationReasons", "termination-reasons"), Map.entry("AnnualReportRequired", "annual-report"),
                Map.entry("HostOrganisation", "host-organisation"));
        assertThat(Requirement.class.getPermittedSubclasses()).hasSize(15);
        for (Class<?> kind : Requirement.class.getPermittedSubclasses()) {
            assertThat(ProfileCodecs.REQUIREMENT.codeOf(kind)).as(kind.getSimpleName()).isEqualTo(expected.get(kind.getSimpleName()));
        }
    }

    private static Object value(Field f) {
        try {
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
