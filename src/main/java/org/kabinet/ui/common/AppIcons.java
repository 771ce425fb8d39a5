package org.kabinet.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** Kabinet's own icon (drawn for it; the source is icons/kabinet.svg) at the sizes it ships. */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppIcons() {
    }

    /** Every size, for the window: the system picks the one that fits the task bar or title. */
    public static List<Image> all() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            Image image = load(size);
            if (image != null) {
                images.add(image);
            }
        }
        return images;
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
        InputStream in = AppIcons.class.getResourceAsStream("/org/kabinet/icons/kabinet-" + size + ".png");
        return in == null ? null : new Image(in);
    }
}
