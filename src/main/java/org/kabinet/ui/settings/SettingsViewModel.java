package org.kabinet.ui.settings;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.ProtectionChanges;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.PracticeSettings;
import org.kabinet.ui.common.TaskExecutor;
import org.kabinet.ui.common.Theme;
import org.kabinet.ui.main.PracticeSwitcher;
import org.kabinet.ui.print.SheetSettingsViewModel;
import org.kabinet.ui.rules.RulesViewModel;

/**
 * The Settings window's state: the practice's settings (name, sheets, rules), the backups and
 * lock (all written in one transaction), and this computer's language and theme (through the
 * switcher, never in the file). Save checks every section first and writes nothing while any has
 * a problem.
 */
final class SettingsViewModel {

    /** Everything the window shows from the file, read in one go in the background. */
    private record Read(PracticeSettings practice, SecuritySettingsViewModel.Current security) {
    }

    private final Practice practice;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final PracticeSwitcher switcher;
    private final Language languageAtStart;
    private final Theme themeAtStart;

    final StringProperty practiceName = new SimpleStringProperty("");
    /** The message key of the practice name's problem, "" when it is fine. */
    final StringProperty practiceNameError = new SimpleStringProperty("");
    final SheetSettingsViewModel sheets;
    final RulesViewModel rules;
    final SecuritySettingsViewModel security;
    final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    final BooleanProperty saving = new SimpleBooleanProperty();

    SettingsViewModel(Practice practice, Messages messages, TaskExecutor executor, Consumer<Throwable> onError,
            PracticeSwitcher switcher) {
        this.practice = practice;
        this.executor = executor;
        this.onError = onError;
        this.switcher = switcher;
        this.languageAtStart = messages.language();
        this.themeAtStart = switcher.theme();
        this.sheets = new SheetSettingsViewModel(practice.settings(), executor, onError);
        this.rules = new RulesViewModel(practice.followUps(), executor, messages, onError);
        this.security = new SecuritySettingsViewModel(practice.backups(), practice.appLock(), messages);
        language.set(languageAtStart);
        theme.set(themeAtStart);
        practiceName.addListener((o, was, now) -> practiceNameError.set(""));
        // The theme is tried on at once, so she sees it; Cancel takes it back.
        theme.addListener((o, was, now) -> {
            if (now != null && now != switcher.theme()) {
                switcher.changeTheme(now);
            }
        });
    }

    /** Reads the settings in the background; {@code then} runs on the FX thread once they show. */
    void load(Runnable then) {
        executor.run(() -> new Read(practice.settings().practice(), security.read()), read -> {
            practiceName.set(read.practice().practiceName());
            sheets.show(read.practice().sheets());
            rules.show(read.practice().followUps());
            security.show(read.security());
            then.run();
        }, onError);
    }

    /**
     * Checks every section; when all are right, writes them in the background and runs
     * {@code saved} on the FX thread. Returns the first section with a problem, if any (then
     * nothing is written). Everything is written in one transaction: a wrong current lock
     * passphrase, or a failure half-way, writes nothing at all.
     */
    Optional<SettingsSection> save(Runnable saved) {
        if (saving.get()) {
            return Optional.empty();
        }
        practiceNameError.set(PracticeSettings.nameProblem(practiceName.get()));
        Optional<FollowUpSettings> followUps = rules.settings();
        Optional<ProtectionChanges> changes = security.check();
        if (!practiceNameError.get().isEmpty()) {
            return Optional.of(SettingsSection.PRACTICE);
        }
        if (changes.isEmpty()) {
            return Optional.of(SettingsSection.BACKUPS);
        }
        if (followUps.isEmpty()) {
            return Optional.of(SettingsSection.RULES);
        }
        PracticeSettings edited = new PracticeSettings(practiceName.get(), sheets.edited(), followUps.get());
        saving.set(true);
        executor.run(() -> practice.settingsSave().save(edited, changes.get()), written -> {
            saving.set(false);
            if (written) {
                saved.run();
            } else {
                security.refused();
            }
        }, e -> {
            saving.set(false);
            onError.accept(e);
        });
        return Optional.empty();
    }

    /** She closed the window without saving: the theme she tried goes back to what it was. */
    void cancelled() {
        if (switcher.theme() != themeAtStart) {
            switcher.changeTheme(themeAtStart);
        }
    }

    /** Whether Save will rebuild the window in another language. */
    boolean languageChanges() {
        return language.get() != null && language.get() != languageAtStart;
    }

    /** After saving: the window is rebuilt in the language she chose, if she chose another. */
    void applyLanguage() {
        if (languageChanges()) {
            switcher.changeLanguage(language.get());
        }
    }
}
