package org.kabinet.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;

class ExerciseFilterTest {

    private final Exercise breathing = new Exercise(1, null, true, "Square breathing", ExerciseMethod.BODY,
            "Calm before sleep", "", "", "", "", List.of("Anxiety"), false);
    private final Exercise shipped = new Exercise(2, "safePlace", false, "", ExerciseMethod.IMAGERY, "", "", "", "",
            "", List.of(), true);

    @Test
    void test_wordsInPurposeOrTagAnyCase_match() {
        assertThat(new ExerciseFilter("SLEEP", null, null, false).test(breathing)).isTrue();
        assertThat(new ExerciseFilter("anxi", null, null, false).test(breathing)).isTrue();
        assertThat(new ExerciseFilter("anger", null, null, false).test(breathing)).isFalse();
    }

    @Test
    void test_methodAndTag_narrowTheList() {
        assertThat(new ExerciseFilter("", ExerciseMethod.GESTALT, null, false).test(breathing)).isFalse();
        assertThat(new ExerciseFilter("", ExerciseMethod.BODY, "anxiety", false).test(breathing)).isTrue();
        assertThat(new ExerciseFilter("", null, "sleep", false).test(breathing)).isFalse();
    }

    @Test
    void test_retiredShippedWithoutTexts_showsOnlyWhenAskedAndMatchesItsCode() {
        assertThat(ExerciseFilter.ALL.test(shipped)).isFalse();
        assertThat(new ExerciseFilter("safe", null, null, true).test(shipped)).isTrue();
        assertThat(ExerciseLabels.title(shipped)).isEqualTo("safePlace");
    }
}
