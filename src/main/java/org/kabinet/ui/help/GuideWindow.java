package org.kabinet.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.AppIcons;

/**
 * The user guide in a window of its own beside the main one, in the app's language: the contents
 * on the left jump to a chapter, the guide with its pictures scrolls on the right. The guide is
 * docs/guide in the repository, packaged into the jar, so it works offline and is the same text.
 */
public final class GuideWindow {

    /** Where the build puts docs/guide among the resources (pom.xml, resources). */
    static final String FOLDER = "/org/kabinet/guide/";
    private static final String ROOT_ID = "guideWindow";

    private final Messages messages;
    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();
    private final ListView<String> contents = new ListView<>();
    private GuidePage page;

    private GuideWindow(Messages messages, Window owner) {
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("guide.window.title"));
        stage.setUserData(messages.language());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(content(), Math.min(1180, screen.getWidth() - 40),
                Math.min(860, screen.getHeight() - 40));
        scene.getStylesheets().add(GuideWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        // A filter, not an accelerator: the contents list would take Esc for itself.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.hide();
            }
        });
        stage.setScene(scene);
        AppIcons.setOn(stage);
    }

    /**
     * Shows the guide over {@code owner}: the one already open comes to the front, unless it is in
     * another language (the app's language changed since), which is closed for a new one.
     */
    public static Stage showOver(Window owner, Messages messages) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage open && open.getOwner() == owner && open.getScene() != null
                    && ROOT_ID.equals(open.getScene().getRoot().getId())) {
                if (open.getUserData() == messages.language()) {
                    open.show();
                    open.toFront();
                    return open;
                }
                open.close();
            }
        }
        GuideWindow guide = new GuideWindow(messages, owner);
        guide.stage.show();
        return guide.stage;
    }

    /** The guide's file among the resources, for a language: guide.ru.md or guide.en.md. */
    static String file(Language language) {
        return FOLDER + "guide." + language.code() + ".md";
    }

    /** The guide's text in {@code language}, as packaged; null when the jar has none. */
    static String read(Language language) {
        try (InputStream in = GuideWindow.class.getResourceAsStream(file(language))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the user guide", e);
        }
    }

    private BorderPane content() {
        BorderPane root = new BorderPane();
        root.setId(ROOT_ID);
        root.getStyleClass().add("guide-window");
        scroll.setId("guideScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-scroll");
        String markdown = read(messages.language());
        if (markdown == null) {
            Label missing = new Label(messages.get("guide.missing"));
            missing.setId("guideMissing");
            missing.setWrapText(true);
            missing.getStyleClass().add("guide-missing");
            scroll.setContent(missing);
        } else {
            page = new GuidePage(GuideMarkdown.parse(markdown), FOLDER, scroll);
            scroll.setContent(page.root());
            page.chapters().forEach(chapter -> contents.getItems().add(chapter.title()));
        }
        contents.setId("guideContents");
        contents.getStyleClass().add("guide-contents");
        contents.setPlaceholder(new Label(messages.get("guide.contents.empty")));
        contents.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0 && page != null) {
                jumpTo(page.chapters().get(index.intValue()).heading());
            }
        });
        Label title = new Label(messages.get("guide.contents"));
        title.getStyleClass().add("guide-contents-title");
        VBox side = new VBox(title, contents);
        side.getStyleClass().add("guide-side");
        VBox.setVgrow(contents, Priority.ALWAYS);
        root.setLeft(side);
        root.setCenter(scroll);
        return root;
    }

    /** Scrolls so that {@code heading} is at the top (or as near as the page's end allows). */
    private void jumpTo(Node heading) {
        scroll.layout();
        double height = page.root().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        // A little room above the heading, so it does not sit against the edge.
        double top = Math.max(0, heading.getBoundsInParent().getMinY() - 8);
        scroll.setVvalue(height <= viewport ? 0 : Math.min(1, top / (height - viewport)));
    }
}
