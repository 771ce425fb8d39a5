package org.kabinet.ui.common;

import javafx.stage.Stage;
import org.kabinet.model.WindowPlace;

/**
 * A window's place and size while it is not maximized. A maximized stage reports the whole
 * screen as its bounds; remembering those would bring the window back, once un-maximized, as
 * large as the screen. So the last bounds she chose herself are kept as she moves and resizes.
 */
public final class NormalBounds {

    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    private NormalBounds(Stage stage) {
        this.stage = stage;
        take();
    }

    /** Starts following {@code stage}; its bounds now count as the normal ones. */
    public static NormalBounds track(Stage stage) {
        NormalBounds bounds = new NormalBounds(stage);
        stage.xProperty().addListener((obs, was, now) -> bounds.takeUnlessMaximized());
        stage.yProperty().addListener((obs, was, now) -> bounds.takeUnlessMaximized());
        stage.widthProperty().addListener((obs, was, now) -> bounds.takeUnlessMaximized());
        stage.heightProperty().addListener((obs, was, now) -> bounds.takeUnlessMaximized());
        return bounds;
    }

    private void takeUnlessMaximized() {
        if (!stage.isMaximized()) {
            take();
        }
    }

    private void take() {
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** Where the window is now, with the size it has when not maximized; null before it has any size. */
    public WindowPlace place() {
        if (!stage.isMaximized()) {
            take();
        }
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        return new WindowPlace(x, y, width, height, stage.isMaximized());
    }
}
