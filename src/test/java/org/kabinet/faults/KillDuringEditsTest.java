package org.kabinet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.FileCheck;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * SIGKILL during a stream of edits: a child JVM edits a practice through the app's services and
 * reports each commit; killed at a random moment, the file then opens in the app, holds every
 * reported commit and nothing past the one in flight, and passes SQLite's full integrity check.
 */
class KillDuringEditsTest {

    /** The longest a trial lets the child edit after it opened the file. */
    private static final int MAX_RUN_MS = 1500;

    @TempDir
    Path dir;

    @Test
    void kill_duringEdits_eightTrials_nothingCommittedLost() throws Exception {
        runTrials(8);
    }

    @Test
    @Tag("fault-long")
    void kill_duringEdits_manyTrials_nothingCommittedLost() throws Exception {
        runTrials(FaultSummary.longTrials(120));
    }

    private void runTrials(int trials) throws Exception {
        long seed = FaultSummary.seed("kill during edits");
        Random random = new Random(seed);
        Path template = dir.resolve("template.db");
        try (Practice p = Practice.open(template, TestClock.FIXED)) {
            p.clients().save(ClientBuilders.olga().build());
        }
        List<String> failures = new ArrayList<>();
        int lost = 0;
        int integrity = 0;
        int inFlightKept = 0;
        long reportedTotal = 0;
        for (int t = 0; t < trials; t++) {
            Path db = dir.resolve("edits-" + t + ".db");
            Files.copy(template, db);
            int reported = killOnce(db, random.nextInt(MAX_RUN_MS), t, failures);
            if (reported < 0) {
                continue;
            }
            reportedTotal += reported;
            int present;
            try (Practice p = Practice.open(db, TestClock.FIXED)) {
                present = EditStream.stepsPresent(p);
                assertThat(p.clients().list()).as("the client saved before the trial").isNotEmpty();
            } catch (AssertionError | RuntimeException e) {
                lost++;
                failures.add("trial " + t + ": " + e.getMessage());
                continue;
            }
            if (present < reported || present > reported + 1) {
                lost++;
                failures.add("trial " + t + ": reported " + reported + " committed, the file holds " + present);
            }
            inFlightKept += present == reported + 1 ? 1 : 0;
            FileCheck check = FileCheck.of(db, TestClock.FIXED);
            if (!check.sound()) {
                integrity++;
                failures.add("trial " + t + ": integrity " + check.problems());
            }
            Files.deleteIfExists(db);
        }
        FaultSummary.report("kill during edits: " + trials + " trials, " + lost + " lost, " + integrity
                + " integrity failures (" + reportedTotal + " reported commits in all; the one in flight was there after "
                + inFlightKept + " kills, absent after the rest)");
        assertThat(failures).isEmpty();
    }

    /** One trial: the number of commits the child reported before the kill, or -1 (recorded) when it failed by itself. */
    private int killOnce(Path db, int runMs, int trial, List<String> failures) throws Exception {
        try (ChildJvm child = ChildJvm.start(dir.resolve("child-" + trial + ".log"), "edits", db.toString())) {
            if (!child.awaitLine("ready")) {
                failures.add("trial " + trial + ": the child did not open the file: " + child.errors());
                return -1;
            }
            if (!child.killAfter(runMs)) {
                failures.add("trial " + trial + ": the child ended by itself: " + child.errors());
                return -1;
            }
            int reported = 0;
            for (String line : child.allLines()) {
                if (line.startsWith("committed ")) {
                    reported = Integer.parseInt(line.substring("committed ".length()));
                }
            }
            return reported;
        }
    }
}
