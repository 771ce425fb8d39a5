package org.kabinet.ui.common;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

/** Kabinet's own icon (drawn for it; the source is icons/kabinet.svg) at the sizes it ships. */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppIcons() {
    }

    /**
     * Gives {@code stage} every size (the system picks the one that fits its task bar or title)
     * once they have been decoded in the background: decoding the large ones on the JavaFX
     * thread would hold up the window's first frame.
     */
    public static void setOn(Stage stage) {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource(path(size));
            if (url != null) {
                images.add(new Image(url.toExternalForm(), true));
            }
        }
        Runnable whenAllLoaded = () -> {
            if (images.stream().allMatch(i -> i.getProgress() >= 1)) {
                stage.getIcons().setAll(images.stream().filter(i -> !i.isError()).toList());
            }
        };
        images.forEach(i -> i.progressProperty().addListener((obs, was, now) -> whenAllLoaded.run()));
        whenAllLoaded.run();
    }

    /** The icon shown at {@code size} pixels, drawn from the next larger PNG for sharpness. */
    public static ImageView view(int size) {
        int source = 512;
        for (int s : SIZES) {
            if (s >= size * 2) {
                source = s;
                break;
            }
        }
        ImageView view = new ImageView(load(source));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        return view;
    }

    private static Image load(int size) {
        InputStream in = AppIcons.class.getResourceAsStream(path(size));
        return in == null ? null : new Image(in);
    }

    private static String path(int size) {
        return "/org/kabinet/icons/kabinet-" + size + ".png";
    }
}
