package org.kabinet.ui.clientimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Export list (CSV)…": the clients the list shows go to the writer in the list's order, in her
 * language, to the file she chose; then a message in her language says where it went.
 */
@ExtendWith(ApplicationExtension.class)
class ClientListExportActionTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicReference<File> chosen = new AtomicReference<>();
    private final AtomicReference<List<Long>> written = new AtomicReference<>();
    private final AtomicReference<Path> writtenTo = new AtomicReference<>();
    private final AtomicReference<Language> writtenIn = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Dialogs dialogs = new Dialogs(Messages.of(Language.RU));
        dialogs.setOwner(stage);
        ClientListExportAction action = new ClientListExportAction(TestContexts.of(null, Language.RU, executor, dialogs),
                () -> List.of(7L, 3L, 12L), () -> LocalDate.of(2026, 12, 2), (ids, out, language) -> {
                    written.set(ids);
                    writtenTo.set(out);
                    writtenIn.set(language);
                    return ids.size();
                }, owner -> chosen.get());
        Button button = new Button();
        button.setId("exportListButton");
        action.attach(button);
        stage.setScene(new Scene(new StackPane(button), 500, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void export_sendsTheShownIdsInOrder_andSaysWhereTheFileWent(FxRobot robot) throws Exception {
        File file = new File("/tmp/importui/клиенты-2026-12-02.csv");
        chosen.set(file);
        assertThat(robot.lookup("#exportListButton").queryButton().getText()).isEqualTo("Выгрузить список (CSV)…");

        robot.clickOn("#exportListButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#clientsExportDoneDialog").tryQuery().isPresent());

        assertThat(written.get()).containsExactly(7L, 3L, 12L);
        assertThat(writtenTo.get()).isEqualTo(file.toPath());
        assertThat(writtenIn.get()).isEqualTo(Language.RU);
        DialogPane pane = robot.lookup("#clientsExportDoneDialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("Записано клиентов: 3", file.getAbsolutePath());
        robot.clickOn("#clientsExportDoneOk");
    }

    @Test
    void export_cancelledChooser_writesNothing(FxRobot robot) {
        chosen.set(null);
        robot.clickOn("#exportListButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(written.get()).isNull();
        assertThat(robot.lookup("#clientsExportDoneDialog").tryQuery()).isEmpty();
    }

    @Test
    void defaultFileName_carriesTheDate() {
        assertThat(Messages.of(Language.EN).get("clientsExport.fileName", LocalDate.of(2026, 12, 2).toString()))
                .isEqualTo("clients-2026-12-02.csv");
    }
}
