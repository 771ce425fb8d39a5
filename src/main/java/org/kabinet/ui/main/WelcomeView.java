package org.kabinet.ui.main;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

    /** Lets Enter start the first card straight away. */
    public void focus() {
        addFirstClientButton.requestFocus();
    }
}
