package org.kabinet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessClockTest {

    @Test
    void ageIsTheUptimeLessTheStartTimeInTicks() {
        String stat = "27437 (cat) R 27434 27434 26393 0 -1 4194304 124 0 0 0 0 0 0 0 20 0 1 0 1295836 3133440 389";

        assertThat(ProcessClock.age(stat, "12960.47 24420.85\n")).isEqualTo(2110);
    }

    @Test
    void aCommandNameWithSpacesAndBracketsDoesNotShiftTheFields() {
        String stat = "5 (my (odd) java) S 1 5 5 0 -1 0 0 0 0 0 0 0 0 0 20 0 30 0 100000 0 0";

        assertThat(ProcessClock.age(stat, "1000.25 5.00")).isEqualTo(250);
    }

    @Test
    void thisProcessHasBeenRunningForAWhileButNotForADay() {
        assertThat(ProcessClock.millisSinceStart()).isBetween(1L, 86_400_000L);
    }
}
