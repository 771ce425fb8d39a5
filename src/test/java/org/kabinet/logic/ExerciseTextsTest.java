package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;

/** The shipped exercise texts: both languages complete, matching the seed, filled in by code. */
class ExerciseTextsTest {

    private static final List<String> SHIPPED = List.of("eveningReview", "disidentification", "idealModel",
            "subpersonalities", "innerGuide", "safePlace", "unsentLetter", "awareNow", "partDialogue", "bodyScan",
            "squareBreathing", "emotionsDiary", "thoughtRecord", "gratitude");

    @Test
    void seed_v003_insertsTheFourteenShippedCodes() throws IOException {
        assertThat(seededCodes()).containsExactlyElementsOf(SHIPPED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void file_eachLanguage_hasExactlyTheSeededCodesInOrder(String language) throws IOException {
        List<String> codes = new ArrayList<>();
        read(language).fieldNames().forEachRemaining(codes::add);
        assertThat(codes).containsExactlyElementsOf(SHIPPED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void file_eachEntry_isCompleteForASheet(String language) throws IOException {
        JsonNode root = read(language);
        for (String code : SHIPPED) {
            JsonNode e = root.get(code);
            for (String field : List.of("title", "purpose", "duration", "frequency")) {
                assertThat(e.path(field).asText()).as("%s %s.%s", language, code, field).isNotBlank();
            }
            assertLines(e.get("steps"), 3, language + " " + code + ".steps");
            assertLines(e.get("questions"), 2, language + " " + code + ".questions");
            assertLines(e.get("tags"), 1, language + " " + code + ".tags");
        }
    }

    @Test
    void resolve_shippedExerciseInRussian_fillsItsTexts() {
        Exercise seeded = new Exercise(5, "safePlace", false, "", ExerciseMethod.IMAGERY, "", "", "", "", "",
                List.of(), false);

        Exercise resolved = ExerciseTexts.of(new Locale("ru")).resolve(seeded);

        assertThat(resolved.title()).isEqualTo("Безопасное место");
        assertThat(resolved.purpose()).isNotBlank();
        assertThat(resolved.steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(resolved.questionList()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(resolved.duration()).isEqualTo("10–15 минут");
        assertThat(resolved.frequency()).isNotBlank();
        assertThat(resolved.tags()).contains("тревога");
        assertThat(resolved.id()).isEqualTo(5);
        assertThat(resolved.method()).isEqualTo(ExerciseMethod.IMAGERY);
        assertThat(resolved.ownTexts()).isFalse();
    }

    @Test
    void resolve_everyShippedCodeInBothLanguages_givesATitle() {
        for (Locale locale : List.of(Locale.ENGLISH, new Locale("ru"))) {
            assertThat(ExerciseTexts.of(locale).codes()).containsExactlyInAnyOrderElementsOf(SHIPPED);
            for (String code : SHIPPED) {
                Exercise seeded = new Exercise(1, code, false, "", ExerciseMethod.OTHER, "", "", "", "", "",
                        List.of(), false);
                assertThat(ExerciseTexts.of(locale).resolve(seeded).title()).as("%s %s", locale, code).isNotBlank();
            }
        }
    }

    @Test
    void resolve_exerciseWithOwnTexts_isLeftAsItIs() {
        Exercise hers = new Exercise(7, "safePlace", true, "Моё место", ExerciseMethod.IMAGERY, "Своими словами",
                "Шаг один\nШаг два", "5 минут", "по желанию", "Что вы увидели?", List.of("ресурс"), false);

        assertThat(ExerciseTexts.of(new Locale("ru")).resolve(hers)).isEqualTo(hers);
    }

    private static void assertLines(JsonNode array, int atLeast, String what) {
        assertThat(array).as(what).isNotNull();
        assertThat(array.isArray()).as(what).isTrue();
        assertThat(array.size()).as(what).isGreaterThanOrEqualTo(atLeast);
        // One step or question per line in the database: a line break inside one would split it.
        array.forEach(n -> assertThat(n.asText()).as(what).isNotBlank().doesNotContain("\n"));
    }

    private static JsonNode read(String language) throws IOException {
        String path = "/org/kabinet/exercises/exercises_" + language + ".json";
        try (InputStream in = ExerciseTextsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> seededCodes() throws IOException {
        String path = "/org/kabinet/db/migration/V003__homework.sql";
        try (InputStream in = ExerciseTextsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\('(\\w+)', '(?:PSYCHOSYNTHESIS|GESTALT|IMAGERY|BODY|COGNITIVE|OTHER)'\\)")
                    .matcher(sql);
            List<String> codes = new ArrayList<>();
            while (m.find()) {
                codes.add(m.group(1));
            }
            return codes;
        }
    }
}
