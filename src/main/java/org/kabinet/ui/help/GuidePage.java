package org.kabinet.ui.help;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kabinet.ui.help.GuideMarkdown.Block;
import org.kabinet.ui.help.GuideMarkdown.Bullets;
import org.kabinet.ui.help.GuideMarkdown.Heading;
import org.kabinet.ui.help.GuideMarkdown.Paragraph;
import org.kabinet.ui.help.GuideMarkdown.Picture;
import org.kabinet.ui.help.GuideMarkdown.Span;

/**
 * The guide's blocks as JavaFX nodes, one under another in a column; the chapters (level-2
 * headings) are kept with their nodes, so the contents list can jump to them.
 */
final class GuidePage {

    private static final Logger LOG = Logger.getLogger(GuidePage.class.getName());
    /** The page's padding on both sides and the picture's frame: a picture never needs a sideways scroll. */
    private static final double PICTURE_MARGIN = 80;

    /** A chapter: its title in the contents and the heading node it jumps to. */
    record Chapter(String title, Node heading) {
    }

    private final VBox page = new VBox();
    private final List<Chapter> chapters = new ArrayList<>();
    private final List<ImageView> pictures = new ArrayList<>();

    /**
     * Builds the page; pictures are found under {@code base} (the guide's folder among the
     * resources) and scaled down, never up, to the width {@code scroll} shows.
     */
    GuidePage(List<Block> blocks, String base, ScrollPane scroll) {
        page.setId("guidePage");
        page.getStyleClass().add("guide-page");
        for (Block block : blocks) {
            page.getChildren().add(node(block, base, scroll));
        }
    }

    VBox root() {
        return page;
    }

    List<Chapter> chapters() {
        return chapters;
    }

    List<ImageView> pictures() {
        return pictures;
    }

    private Node node(Block block, String base, ScrollPane scroll) {
        if (block instanceof Heading heading) {
            TextFlow flow = flow(heading.spans());
            flow.getStyleClass().addAll("guide-heading", "guide-h" + heading.level());
            if (heading.level() == 2) {
                chapters.add(new Chapter(heading.text(), flow));
            }
            return flow;
        }
        if (block instanceof Paragraph paragraph) {
            TextFlow flow = flow(paragraph.spans());
            flow.getStyleClass().add("guide-paragraph");
            return flow;
        }
        if (block instanceof Bullets bullets) {
            VBox list = new VBox();
            list.getStyleClass().add("guide-bullets");
            for (List<Span> item : bullets.items()) {
                TextFlow flow = flow(item);
                flow.getChildren().add(0, text("•  ", "guide-bullet"));
                flow.getStyleClass().add("guide-bullet-item");
                list.getChildren().add(flow);
            }
            return list;
        }
        return picture((Picture) block, base, scroll);
    }

    private Node picture(Picture picture, String base, ScrollPane scroll) {
        URL url = GuidePage.class.getResource(base + picture.path());
        if (url == null) {
            // A picture missing from the jar costs the picture, not the guide; a test keeps them all there.
            LOG.warning(() -> "guide picture not found: " + picture.path());
            Label missing = new Label(picture.alt());
            missing.getStyleClass().add("guide-picture-missing");
            return missing;
        }
        Image image = new Image(url.toExternalForm(), true);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleText(picture.alt());
        view.getStyleClass().add("guide-picture");
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double room = Math.max(200, scroll.getViewportBounds().getWidth() - PICTURE_MARGIN);
            return image.getWidth() > 0 ? Math.min(image.getWidth(), room) : room;
        }, image.widthProperty(), scroll.viewportBoundsProperty()));
        pictures.add(view);
        // A thin frame: a screenshot's white would otherwise run into the page's.
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("guide-picture-frame");
        frame.setMaxWidth(Region.USE_PREF_SIZE);
        return frame;
    }

    private static TextFlow flow(List<Span> spans) {
        TextFlow flow = new TextFlow();
        for (Span span : spans) {
            flow.getChildren().add(text(span.text(), switch (span.style()) {
                case PLAIN -> "guide-text";
                case BOLD -> "guide-bold";
                case CODE -> "guide-code";
            }));
        }
        return flow;
    }

    private static Text text(String words, String styleClass) {
        Text text = new Text(words);
        text.getStyleClass().addAll("guide-text", styleClass);
        return text;
    }
}
