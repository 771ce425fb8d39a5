package org.kabinet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.control.skin.resources.ControlResources;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * JavaFX's own texts (a text field's menu, an empty table, a stock dialog's buttons) come in
 * Russian on a Russian screen, from our controls_ru.properties, and stay English in English.
 */
class JavaFxTextsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void controlTexts_russian_areRussian() {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));

        assertThat(ControlResources.getString("TextInputControl.menu.Copy")).isEqualTo("Копировать");
        assertThat(ControlResources.getString("TextInputControl.menu.SelectAll")).isEqualTo("Выделить всё");
        assertThat(ControlResources.getString("TableView.noContent")).isEqualTo("Здесь пока ничего нет");
        assertThat(ControlResources.getString("Dialog.cancel.button")).isEqualTo("Отмена");
        assertThat(ControlResources.getString("DatePicker.contextMenu.showToday")).isEqualTo("Показать сегодня");
    }

    @Test
    void controlTexts_english_stayJavaFxs() {
        Locale.setDefault(Locale.ENGLISH);

        assertThat(ControlResources.getString("TextInputControl.menu.Copy")).isEqualTo("Copy");
        assertThat(ControlResources.getString("Dialog.cancel.button")).isEqualTo("Cancel");
    }
}
