package org.pedcom.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pedcom.profile.registry.Profiles;

/**
 * The examples shipped in the jar: one directory per profile with {@code community.json} and scenarios. Every
 * profile found on the class path must have one (the seed profiles, once they are test dependencies of this
 * module), every example record must be valid against the record schema, and every scenario must pass.
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyProfileOnTheClassPathShipsAnExampleRecordAndScenarios() {
        return Profiles.load().ids().stream().map(id -> DynamicTest.dynamicTest(id.value(), () -> {
            Path dir = Examples.root().resolve(id.value());
            assertThat(dir.resolve("community.json")).as("example record of " + id).isRegularFile();
            assertThat(Examples.scenarios(dir)).as("scenarios of " + id).isNotEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRecordIsValidAndReads() throws Exception {
        return Examples.directories().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path record = dir.resolve("community.json");
            assertThat(record).isRegularFile();
            assertThat(JsonSchemas.validate(JsonSchemas.Schema.COMMUNITY_RECORD, Files.readString(record))).isEmpty();
            assertThat(PedcomJson.standard().readRecord(record).community()).isNotNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioIsValidAndPasses() throws Exception {
        Profiles registry = Profiles.load();
        return Examples.directories().stream().flatMap(dir -> {
            try {
                return Examples.scenarios(dir).stream();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(file -> DynamicTest.dynamicTest(file.getParent().getParent().getFileName() + "/" + file.getFileName(), () -> {
            assertThat(JsonSchemas.validate(JsonSchemas.Schema.SCENARIO, Files.readString(file))).isEmpty();
            List<ScenarioResult> results = Scenarios.runAll(List.of(file), registry);
            assertThat(results).singleElement().satisfies(r -> assertThat(r.passed()).as(r.format()).isTrue());
        }));
    }

    @Test
    void theGenericExampleProfileIsAValidProfileFile() throws Exception {
        Path profile = Examples.root().resolve("example-mo/profile.json");

        assertThat(JsonProfiles.standard().problems(profile)).isEmpty();
        assertThat(JsonProfiles.standard().read(profile).editions()).hasSize(1);
    }
}
