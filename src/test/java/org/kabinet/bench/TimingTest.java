package org.kabinet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's median and nearest-rank 95th percentile, whatever order the runs came in. */
class TimingTest {

    @Test
    void of_twentyRuns_medianBetweenTheMiddleTwo_p95IsTheNineteenth() {
        List<Double> runs = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            runs.add((double) i);
        }
        Collections.shuffle(runs);

        Timing t = Timing.of(99, runs);

        assertThat(t.medianMs()).isEqualTo(10.5);
        assertThat(t.p95Ms()).isEqualTo(19);
        assertThat(t.maxMs()).isEqualTo(20);
        assertThat(t.firstMs()).isEqualTo(99);
        assertThat(t.runs()).isEqualTo(20);
    }

    @Test
    void of_fiveRuns_p95IsTheLargest() {
        Timing t = Timing.of(0, List.of(5.0, 1.0, 4.0, 2.0, 3.0));

        assertThat(t.medianMs()).isEqualTo(3);
        assertThat(t.p95Ms()).isEqualTo(5);
    }
}
