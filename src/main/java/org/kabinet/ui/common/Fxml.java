package org.kabinet.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.kabinet.i18n.Messages;

/** Loads a screen's FXML with its controller instance and the user's language. */
public final class Fxml {

    private Fxml() {
    }

    /**
     * Loads {@code Name.fxml} from the controller's own package (the view and its class live
     * side by side), binding it to {@code controller}.
     */
    public static <T extends Parent> T load(Object controller, Messages messages) {
        Class<?> type = controller.getClass();
        URL url = type.getResource(type.getSimpleName() + ".fxml");
        if (url == null) {
            throw new IllegalStateException("no FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
