package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.SearchableClient;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.ui.main.Area;
import org.kabinet.testutil.ClientBuilders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The clients screen as a user meets it: the welcome state, a new card, search, a validation
 * error and archiving. Nodes are found by their fx:id.
 */
@ExtendWith(ApplicationExtension.class)
class ClientsScreenTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("test-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void emptyPractice_showsWelcome_andAddFirstClientSavesACard(FxRobot robot) throws Exception {
        harness.awaitIdle();
        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();

        robot.clickOn("#addFirstClientButton");
        robot.clickOn("#lastNameField").write("Petrova");
        robot.clickOn("#firstNameField").write("Anna");
        robot.clickOn("#phoneField").write("+7 912 345-67-89");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        harness.awaitIdle();

        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(rows(robot)).extracting(r -> r.summary().name().full()).containsExactly("Petrova Anna");
        assertThat(harness.practice().clients().list()).extracting(ClientSummary::mainPhone)
                .containsExactly("+7 912 345-67-89");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("1 client");
    }

    @Test
    void search_byPhoneDigitsInAnotherFormat_findsTheClient(FxRobot robot) throws Exception {
        saveDirectly(ClientBuilders.olga().build());
        saveDirectly(ClientBuilders.minimal("Мария").build());
        saveDirectly(ClientBuilders.minimal("Ольга").build());
        reload(robot);
        assertThat(rows(robot)).hasSize(3);

        robot.clickOn("#searchField").write("916 123 45");
        assertThat(rows(robot)).extracting(r -> r.summary().name().full())
                .containsExactly("Иванова Ольга Петровна");

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("ольга");
        assertThat(rows(robot)).hasSize(2);
    }

    @Test
    void save_withoutFirstNameAndBadEmail_showsErrorsBesideFields_andSavesNothing(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.clickOn("#addFirstClientButton");
        robot.clickOn("#lastNameField").write("Smirnova");
        robot.clickOn("#emailField").write("not-an-email");
        robot.clickOn("#saveButton");
        harness.awaitIdle();

        Label firstNameError = robot.lookup("#firstNameError").queryAs(Label.class);
        Label emailError = robot.lookup("#emailError").queryAs(Label.class);
        assertThat(firstNameError.isVisible()).isTrue();
        assertThat(firstNameError.getText()).isEqualTo("A first name is required.");
        assertThat(emailError.getText()).startsWith("This does not look like an email address");
        assertThat(harness.practice().clients().list()).isEmpty();

        robot.clickOn("#firstNameField").write("Vera");
        robot.clickOn("#emailField").eraseText(12).write("vera@example.org");
        robot.clickOn("#saveButton");
        harness.awaitIdle();
        assertThat(firstNameError.isVisible()).isFalse();
        assertThat(harness.practice().clients().list()).hasSize(1);
    }

    @Test
    void archive_fromTheCardMenu_archivesAndHidesFromCurrentList(FxRobot robot) throws Exception {
        Client olga = saveDirectly(ClientBuilders.olga().build());
        reload(robot);

        robot.clickOn(robot.lookup(".table-row-cell").nth(0).<Node>query());
        harness.awaitIdle();
        robot.clickOn("#moreButton").clickOn("#archiveItem");
        robot.clickOn("#archiveReasonField").write("moved abroad").type(KeyCode.ENTER);
        harness.awaitIdle();

        Client archived = harness.practice().clients().load(olga.id()).orElseThrow();
        assertThat(archived.status()).isEqualTo(ClientStatus.ARCHIVED);
        assertThat(archived.endReason()).isEqualTo("moved abroad");
        assertThat(rows(robot)).isEmpty();
    }

    private Client saveDirectly(Client client) {
        return harness.practice().clients().save(client);
    }

    /** Loads the list again, as at start-up, after clients were saved behind the window's back. */
    private void reload(FxRobot robot) throws Exception {
        harness.reload();
        harness.awaitIdle();
        // A practice with clients opens on Today; these tests work in the clients area.
        harness.show(Area.CLIENTS);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<SearchableClient> rows(FxRobot robot) {
        return java.util.List.copyOf(robot.lookup("#clientTable").queryAs(TableView.class).getItems());
    }
}
