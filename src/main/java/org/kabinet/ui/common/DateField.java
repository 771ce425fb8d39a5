package org.kabinet.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Popup;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Text;
import org.kabinet.ui.common.Icons.Icon;

/**
 * A date typed as text, with a calendar one click away. JavaFX's DatePicker silently throws away
 * text it cannot parse when it loses focus; here the text stays what the user typed, and the
 * view model reports a wrong date next to the field.
 */
public final class DateField extends HBox {

    private final TextField text = new TextField();
    private final Button calendarButton = new Button();
    private final DateFormats formats;

    public DateField(Messages messages, DateFormats formats) {
        this.formats = formats;
        getStyleClass().add("date-field");
        text.setPromptText(formats.hint());
        text.setPrefColumnCount(9);
        HBox.setHgrow(text, Priority.ALWAYS);
        calendarButton.setGraphic(Icons.of(Icon.CALENDAR));
        calendarButton.getStyleClass().addAll("flat", "button-icon");
        calendarButton.setFocusTraversable(false);
        Tooltips.set(calendarButton, messages.get("date.pick"));
        calendarButton.setOnAction(e -> showCalendar());
        setSpacing(2);
        getChildren().addAll(text, calendarButton);
    }

    /** The text in the field, as typed. */
    public StringProperty textProperty() {
        return text.textProperty();
    }

    public TextField editor() {
        return text;
    }

    public void setFieldId(String id) {
        text.setId(id);
        calendarButton.setId(id + "Calendar");
    }

    private void showCalendar() {
        DatePicker picker = new DatePicker(formats.parse(Text.clean(text.getText())).orElse(null));
        DatePickerSkin skin = new DatePickerSkin(picker);
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(skin.getPopupContent());
        picker.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null) {
                text.setText(formats.format(picked));
            }
            popup.hide();
            text.requestFocus();
        });
        var bounds = text.localToScreen(text.getBoundsInLocal());
        popup.show(text, bounds.getMinX(), bounds.getMaxY() + 2);
    }
}
