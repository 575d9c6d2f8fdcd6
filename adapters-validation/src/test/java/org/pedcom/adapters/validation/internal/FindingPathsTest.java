package org.pedcom.adapters.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pedcom.profile.registry.Profiles;
import org.pedcom.record.CommunityRecord;
import org.pedcom.rule.Requirement;
import org.pedcom.rule.Rule;

class FindingPathsTest {

    @Test
    void everyRequirementKindOfTheClosedVocabularyHasAProperty() {
        Set<String> kindsInSeedProfiles = Profiles.load().providers().stream()
                .flatMap(p -> Profiles.load().profile(p.id().value()).editions().stream())
                .flatMap(e -> e.rules().stream()).map(Rule::requirement).map(Requirement::kindCode)
                .collect(Collectors.toSet());

        assertThat(kindsInSeedProfiles).allSatisfy(kind -> assertThat(FindingPaths.propertyFor(kind)).isPresent());
        // A kind needs an instance to name its code; counting the sealed permits catches a kind added to core.
        assertThat(FindingPaths.PROPERTY_BY_KIND).hasSize(Requirement.class.getPermittedSubclasses().length);
    }

    @Test
    void everyPropertyIsAComponentOfTheCommunityRecord() {
        Set<String> components = java.util.Arrays.stream(CommunityRecord.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toSet());

        assertThat(FindingPaths.PROPERTY_BY_KIND.values()).allSatisfy(p -> assertThat(components).contains(p));
    }
}
