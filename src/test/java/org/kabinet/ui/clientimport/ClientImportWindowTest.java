package org.kabinet.ui.clientimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.clientimport.ClientField;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import window over a hand-made service: the file is read in the background, a changed
 * column re-runs the preview, the Import button says what it will do, and the report lists the
 * rejected lines. Nothing is imported before Import.
 */
@ExtendWith(ApplicationExtension.class)
class ClientImportWindowTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final FakeImportSteps steps = new FakeImportSteps();
    private final AtomicInteger refreshed = new AtomicInteger();
    private ClientImportWindow window;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(new Label("main window")), 400, 300));
        stage.show();
        Dialogs dialogs = new Dialogs(Messages.of(Language.EN));
        dialogs.setOwner(stage);
        window = new ClientImportWindow(TestContexts.of(null, Language.EN, executor, dialogs), steps,
                owner -> new File("/tmp/importui/clients.csv"), refreshed::incrementAndGet);
        window.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changedColumn_rerunsThePreview_andImportSaysWhatItWillDo(FxRobot robot) throws Exception {
        // A new window has the focus on a desktop; headless, it is given.
        robot.interact(() -> window.stage().requestFocus());
        robot.type(KeyCode.ENTER);
        awaitPreview(robot);
        Button importButton = robot.lookup("#importButton").queryButton();
        assertThat(importButton.getText()).isEqualTo("_Import 2 clients");
        assertThat(importButton.isDisabled()).isFalse();
        assertThat(importButton.isDefaultButton()).isTrue();
        assertThat(robot.lookup("#importDetected").queryAs(Label.class).getText())
                .isEqualTo("Spreadsheet (CSV) · encoding windows-1251 · 4 records");
        assertThat(counts(robot)).isEqualTo("Will be imported: 2 · duplicates skipped: 1 · rejected: 1");
        assertThat(steps.previews.get()).isEqualTo(1);

        ComboBox<ClientField> birth = robot.lookup("#mappingField2").queryAs(ComboBox.class);
        assertThat(birth.getConverter().toString(ClientField.SKIP)).isEqualTo("— do not import —");
        robot.interact(() -> birth.setValue(ClientField.BIRTH_DATE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> counts(robot).startsWith("Will be imported: 1"));

        assertThat(steps.previews.get()).isEqualTo(2);
        assertThat(importButton.getText()).isEqualTo("_Import 1 client");
        assertThat(counts(robot)).isEqualTo("Will be imported: 1 · duplicates skipped: 1 · rejected: 2");
        TableView<PreviewLine> table = robot.lookup("#previewTable").queryAs(TableView.class);
        PreviewLine petrov = table.getItems().get(1);
        assertThat(petrov.line()).isEqualTo(3);
        assertThat(petrov.name()).isEqualTo("Петров Борис");
        assertThat(petrov.outcomeText()).startsWith("Rejected — Type a date like");
        assertThat(table.getItems().get(0).birthDate()).isEqualTo("12/03/1985");
        assertThat(table.getItems().get(3).outcomeText()).isEqualTo("Skipped — Already in the list.");
        assertThat(markedRejected(robot)).containsExactly(3, 4);
        assertThat(steps.imports.get()).isZero();
    }

    @Test
    void importing_showsTheReportWithTheRejectedLines(FxRobot robot) throws Exception {
        robot.clickOn("#chooseImportFileButton");
        awaitPreview(robot);

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importReport").query().isVisible());

        assertThat(steps.imports.get()).isEqualTo(1);
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(robot.lookup("#reportHeadline").queryAs(Label.class).getText()).isEqualTo("2 clients imported.");
        assertThat(listItems(robot, "#reportRejected")).containsExactly("Line 4: A first name is required.");
        assertThat(listItems(robot, "#reportSkipped")).containsExactly("Line 5 (Сидорова Вера): Already in the list.");
        assertThat(robot.lookup("#closeImportButton").queryButton().getText()).isEqualTo("Close");
        assertThat(robot.lookup("#copyReportButton").queryButton().isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingToImport_disablesImport(FxRobot robot) throws Exception {
        robot.clickOn("#chooseImportFileButton");
        awaitPreview(robot);
        ComboBox<ClientField> name = robot.lookup("#mappingField0").queryAs(ComboBox.class);
        robot.interact(() -> name.setValue(ClientField.SKIP));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> counts(robot).startsWith("Will be imported: 0"));

        Button importButton = robot.lookup("#importButton").queryButton();
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(importButton.getText()).isEqualTo("Nothing to import");
    }

    @Test
    void unreadableFile_isSaidInWords_andTheWindowStays(FxRobot robot) throws Exception {
        steps.readFailure = FakeImportSteps.unreadable();
        robot.clickOn("#chooseImportFileButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).startsWith("Type a date like");
        robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(robot.lookup("#importChooseStep").query().isVisible()).isTrue();
    }

    @Test
    void escape_closesWithoutImporting(FxRobot robot) throws Exception {
        robot.clickOn("#chooseImportFileButton");
        awaitPreview(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.stage().isShowing()).isFalse();
        assertThat(steps.imports.get()).isZero();
        assertThat(refreshed.get()).isZero();
    }

    @Test
    void russian_importButtonAndFieldsSpeakRussian() {
        Messages ru = Messages.of(Language.RU);
        assertThat(ru.plural("clientImport.window.import", 1)).isEqualTo("_Добавить 1 клиента");
        assertThat(ru.plural("clientImport.window.import", 3)).isEqualTo("_Добавить 3 клиентов");
        assertThat(ru.plural("clientImport.window.import", 57)).isEqualTo("_Добавить 57 клиентов");
        for (ClientField field : ClientField.values()) {
            assertThat(ru.has("clientImport.field." + field.name())).as(field.name()).isTrue();
        }
    }

    private static void awaitPreview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importPreviewStep").query().isVisible()
                && !counts(robot).isEmpty());
    }

    private static String counts(FxRobot robot) {
        return robot.lookup("#importCounts").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> listItems(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(ListView.class).getItems());
    }

    /** The line numbers of the rows shown marked as rejected. */
    @SuppressWarnings("unchecked")
    private static List<Integer> markedRejected(FxRobot robot) {
        PseudoClass rejected = PseudoClass.getPseudoClass("rejected");
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getPseudoClassStates().contains(rejected))
                .map(r -> ((TableRow<PreviewLine>) r).getItem().line())
                .sorted().toList();
    }

}
