package org.kabinet.ui.print;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kabinet.logic.SettingsService;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.SheetSettings;
import org.kabinet.ui.common.TaskExecutor;

/** What printed sheets carry, as the Settings window edits it; read and saved in the background. */
public final class SheetSettingsViewModel {

    private final SettingsService settings;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;

    private final StringProperty practitioner = new SimpleStringProperty("");
    private final StringProperty contacts = new SimpleStringProperty("");
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ObjectProperty<NameOnSheet> names = new SimpleObjectProperty<>(NameOnSheet.FULL);

    public SheetSettingsViewModel(SettingsService settings, TaskExecutor executor, Consumer<Throwable> onError) {
        this.settings = settings;
        this.executor = executor;
        this.onError = onError;
    }

    /** Reads the saved settings into the fields; {@code then} runs once they hold them. */
    public void load(Runnable then) {
        executor.run(settings::sheets, read -> {
            show(read);
            then.run();
        }, onError);
    }

    /** Puts settings read from the file into the fields. */
    public void show(SheetSettings read) {
        practitioner.set(read.practitioner());
        contacts.set(read.contacts());
        paper.set(read.paper());
        names.set(read.names());
    }

    /** The settings as the fields hold them now. */
    public SheetSettings edited() {
        return new SheetSettings(practitioner.get(), contacts.get(), paper.get(), names.get());
    }

    /** Saves the fields; {@code then} runs once they are in the file, {@code failed} if they could not be. */
    public void save(Runnable then, Runnable failed) {
        SheetSettings edited = edited();
        executor.run(() -> {
            settings.saveSheets(edited);
            return edited;
        }, saved -> then.run(), e -> {
            failed.run();
            onError.accept(e);
        });
    }

    public StringProperty practitioner() {
        return practitioner;
    }

    public StringProperty contacts() {
        return contacts;
    }

    public ObjectProperty<PaperSize> paper() {
        return paper;
    }

    public ObjectProperty<NameOnSheet> names() {
        return names;
    }
}
