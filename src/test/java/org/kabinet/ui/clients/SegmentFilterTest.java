package org.kabinet.ui.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.report.PracticeFixture;
import org.kabinet.model.Segment;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The segment filter beside the status filter, on the hand-made practice (today 24 Nov 2026). */
@ExtendWith(ApplicationExtension.class)
class SegmentFilterTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("segments-" + System.nanoTime() + ".db"));
        new PracticeFixture(harness.practice()).write();
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void segmentFilter_lapsedAndToArchive_showTheirClientsWithCounts(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.CLIENTS);
        harness.awaitIdle();
        ComboBox<Segment> combo = robot.lookup("#segmentFilter").queryAs(ComboBox.class);
        TableView<?> table = robot.lookup("#clientTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);

        // Lapsed: Anna (last session 6 Feb), Boris (first contact 20 Feb), Vera (1 Apr); Olga was seen 15 Sep.
        robot.interact(() -> combo.setValue(Segment.LAPSED));
        assertThat(table.getItems()).hasSize(3);
        assertThat(combo.getConverter().toString(Segment.LAPSED)).isEqualTo("Lapsed (3)");

        // The list read again (counts made anew) keeps her choice.
        harness.reload();
        harness.awaitIdle();
        assertThat(combo.getValue()).isEqualTo(Segment.LAPSED);
        assertThat(table.getItems()).hasSize(3);

        // To archive: Old, an enquiry of June 2024 never seen since.
        robot.interact(() -> combo.setValue(Segment.TO_ARCHIVE));
        assertThat(table.getItems()).hasSize(1);

        robot.interact(() -> combo.setValue(null));
        assertThat(table.getItems()).hasSize(5);
        assertThat(combo.getConverter().toString(null)).isEqualTo("Any segment");
    }
}
