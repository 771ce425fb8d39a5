package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.model.ClientValidator;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The client card through the real window, in English and in Russian: pasted bad values (a lone
 * surrogate, a C1 control, a name past the limit, an impossible date, a phone of words, an
 * address without "@") are answered beside their fields in the window's language, and nothing
 * is saved; C0 controls never reach the card (the text field drops them as they are pasted).
 */
@ExtendWith({ApplicationExtension.class, BadInputTally.class})
class ClientCardFormInputTest {

    @TempDir
    static Path folder;

    private FormWindow window;

    @AfterEach
    void closeFile() {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void save_pastedBadValues_answeredBesideEachFieldInHerLanguage_andNothingSaved(Language language, FxRobot robot)
            throws Exception {
        window = new FormWindow(folder.resolve("card-" + language + ".db"), language);
        window.practice().clients().save(ClientBuilders.olga().build());
        robot.interact(() -> window.show(new Stage()));
        window.awaitIdle();
        Messages messages = window.messages();
        window.show(Area.CLIENTS);
        byte[] before = window.contents(folder);

        robot.clickOn("#newClientButton");
        window.awaitIdle();
        // JavaFX's text fields drop C0 controls and DEL as they are pasted; what gets past them
        // (a lone surrogate, a C1 control) is the card's rules' to refuse.
        paste(robot, "#cityField", "Моск\u0007ва\u007F");
        assertThat(robot.lookup("#cityField").queryAs(TextField.class).getText()).isEqualTo("Москва");
        paste(robot, "#lastNameField", "Петрова\uD800");
        paste(robot, "#occupationField", "психолог\u0085");
        paste(robot, "#patronymicField", "в".repeat(ClientValidator.MAX_NAME_LENGTH + 1));
        paste(robot, "#birthDateField", "31.02.1990");
        paste(robot, "#phoneField", "позвонить маме");
        paste(robot, "#emailField", "'; DROP TABLE client;--");
        robot.clickOn("#saveButton");
        window.awaitIdle();

        assertError(robot, "#firstNameError", messages.get("validation.firstName.required"));
        assertError(robot, "#lastNameError", messages.get("validation.text.controlCharacters"));
        assertError(robot, "#occupationError", messages.get("validation.text.controlCharacters"));
        assertError(robot, "#patronymicError", messages.get("validation.name.tooLong"));
        assertError(robot, "#birthDateError", messages.get("validation.date.format"));
        assertError(robot, "#phonesError", messages.get("validation.phone.invalid"));
        assertError(robot, "#emailError", messages.get("validation.email.invalid"));
        assertThat(window.contents(folder)).isEqualTo(before);
        BadInputTally.record("form: client card in the window, seven bad fields at once");
    }

    private static void paste(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static void assertError(FxRobot robot, String id, String expected) {
        Label label = robot.lookup(id).queryAs(Label.class);
        assertThat(label.isVisible()).as(id + " is shown").isTrue();
        assertThat(label.getText()).isEqualTo(expected);
        ClearMessage.assertClearText(label.getText());
    }
}
