package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.ui.OwnedWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search window in Russian, fed what a search box meets (search-engine syntax, an injection,
 * punctuation alone): it answers in her words every time, and the window stays usable.
 */
@ExtendWith({ApplicationExtension.class, BadInputTally.class})
class SearchBoxInputTest {

    @TempDir
    static Path folder;

    private FormWindow window;

    @AfterEach
    void closeFile() {
        OwnedWindows.closeAll();
        if (window != null) {
            window.close();
        }
    }

    @Test
    void typing_syntaxAndInjection_answeredInRussian_andTheWindowStaysUsable(FxRobot robot) throws Exception {
        window = new FormWindow(folder.resolve("search.db"), Language.RU);
        window.practice().clients().save(ClientBuilders.olga().build());
        robot.interact(() -> window.show(new Stage()));
        window.awaitIdle();
        Messages ru = window.messages();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#globalSearchField").tryQuery().isPresent());
        TextField field = robot.lookup("#globalSearchField").queryAs(TextField.class);
        Label message = robot.lookup("#searchMessage").queryAs(Label.class);

        String nothingToSearch = ru.get("search.nothingToSearch");
        String found = ru.get("search.nothingFound", "\u0001");
        String nothingFound = found.substring(0, found.indexOf('\u0001'));
        String[][] cases = {{"search-engine syntax", "\"NEAR("}, {"SQL injection", "'); DROP TABLE client;--"},
            {"punctuation alone", "* ^ : ()"}, {"LIKE wildcards", "ZZZ%_"}};
        for (String[] c : cases) {
            robot.interact(() -> field.setText(c[1]));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> message.getText().equals(nothingToSearch) || message.getText().startsWith(nothingFound));
            ClearMessage.assertClearText(message.getText());
            BadInputTally.record("form: search window, " + c[0]);
        }
        robot.interact(() -> field.setText("Иван"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#searchResults").queryListView().getItems().isEmpty());
    }
}
