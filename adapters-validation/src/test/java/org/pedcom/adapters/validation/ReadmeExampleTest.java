package org.pedcom.adapters.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.pedcom.profiles.rybnovsky.RybnovskyCommunityYear;
import org.pedcom.record.CommunityRecord;

/** Keeps the example of {@code adapters-validation/README.md} true: the portal object, the call, the output. */
class ReadmeExampleTest {

    // README:portal:start
    /** The portal's own object: a community's card, kept however the portal likes. */
    @CompliesWith(profile = "rybnovsky-pps")
    @CompliesWith(profile = "rybnovsky-pps", groups = ComplianceWarnings.class)
    public static final class CommunityCard implements CommunityRecordSource {
        private final CommunityRecord record;

        public CommunityCard(CommunityRecord record) {
            this.record = record;
        }

        @Override
        public CommunityRecord communityRecord() {
            return record;   // a real portal converts its entities here
        }
    }
    // README:portal:end

    @Test
    void theReadmeShowsWhatValidationReallyPrints() throws IOException {
        CommunityCard card = new CommunityCard(RybnovskyCommunityYear.aCompliantCommunityYear());
        // README:validate:start
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.forLanguageTag("ru"))
                .clockProvider(() -> Clock.fixed(Instant.parse("2026-10-01T09:00:00Z"), ZoneId.of("Europe/Moscow")))
                .buildValidatorFactory().getValidator();
        List<String> lines = validator.validate(card).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted().toList();
        // README:validate:end

        String output = String.join("\n", lines);
        Files.writeString(Path.of("target/readme-example-output.txt"), output, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        assertThat(block("output", "text")).isEqualTo(output);
        assertThat(block("portal", "java")).isEqualTo(source("portal"));
        assertThat(block("validate", "java")).isEqualTo(source("validate"));
    }

    private static String block(String name, String language) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String start = "<!-- example:" + name + " -->\n```" + language + "\n";
        int from = readme.indexOf(start);
        assertThat(from).as("README block " + name).isNotNegative();
        return readme.substring(from + start.length(), readme.indexOf("```", from + start.length())).strip();
    }

    private static String source(String name) throws IOException {
        String src = Files.readString(Path.of("src/test/java/org/pedcom/adapters/validation/ReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        String marker = "// README:" + name + ":start";
        int from = src.indexOf(marker) + marker.length();
        String body = src.substring(from, src.indexOf("// README:" + name + ":end", from));
        int indent = name.equals("portal") ? 4 : 8;
        return body.lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElse("").strip()
                .replace("public static final class", "public class");
    }
}
