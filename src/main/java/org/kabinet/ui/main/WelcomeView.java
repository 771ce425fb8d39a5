package org.kabinet.ui.main;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.AppIcons;
import org.kabinet.ui.common.Fxml;

/** The first-run screen of an empty practice: add the first client, or look around a demo. */
public final class WelcomeView {

    private final StackPane root;
    private final Messages messages;
    private final Path file;

    @FXML private Button addFirstClientButton;
    @FXML private Button openDemoButton;
    /** Most practices begin with clients already in a spreadsheet or in her phone. */
    @FXML private Button importClientsButton;
    @FXML private Label welcomeFileLabel;
    @FXML private StackPane welcomeIcon;

    public WelcomeView(Messages messages, Path file, Runnable addFirstClient, Runnable importClients, Runnable openDemo) {
        this.messages = messages;
        this.file = file;
        this.root = Fxml.load(this, messages);
        addFirstClientButton.setOnAction(e -> addFirstClient.run());
        importClientsButton.setOnAction(e -> importClients.run());
        openDemoButton.setOnAction(e -> openDemo.run());
    }

    @FXML
    private void initialize() {
        welcomeFileLabel.setText(messages.get("welcome.file", file.toAbsolutePath()));
        welcomeIcon.getChildren().add(AppIcons.view(64));
    }

    public StackPane root() {
        return root;
    }

    /**
     * The demo is being written (a few seconds for its clients): the buttons wait, and the demo's
     * says so with a spinner where she clicked, until {@code busy} falls back. When the demo opens
     * this view is gone with its window; when it fails, the buttons work again.
     */
    public void preparingDemo(ReadOnlyBooleanProperty busy) {
        String text = openDemoButton.getText();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        openDemoButton.setGraphic(spinner);
        openDemoButton.setText(messages.get("polish.demo.preparing"));
        List<Button> buttons = List.of(addFirstClientButton, importClientsButton, openDemoButton);
        buttons.forEach(b -> b.setDisable(true));
        busy.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                // Checked a pulse later: busy drops for a moment between two pieces of work.
                Platform.runLater(() -> {
                    if (!busy.get()) {
                        busy.removeListener(this);
                        openDemoButton.setGraphic(null);
                        openDemoButton.setText(text);
                        buttons.forEach(b -> b.setDisable(false));
                    }
                });
            }
        });
    }

    /** Lets Enter start the first card straight away. */
    public void focus() {
        addFirstClientButton.requestFocus();
    }
}
