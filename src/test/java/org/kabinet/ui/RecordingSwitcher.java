package org.kabinet.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kabinet.i18n.Language;
import org.kabinet.ui.common.Theme;
import org.kabinet.ui.main.PracticeSwitcher;

/**
 * A {@link PracticeSwitcher} for tests of one window: it switches nothing and records what was
 * asked of it, one line per call ("openFile /x.db", "theme DARK", "language RU"...).
 */
public final class RecordingSwitcher implements PracticeSwitcher {

    private final List<String> calls = new ArrayList<>();
    private Theme theme = Theme.LIGHT;

    /** What was asked, in order. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private synchronized void record(String call) {
        calls.add(call);
    }

    @Override
    public void openDemo() {
        record("openDemo");
    }

    @Override
    public void openOwnPractice() {
        record("openOwnPractice");
    }

    @Override
    public void openFile(Path file) {
        record("openFile " + file);
    }

    @Override
    public void restore(Path backup, Optional<String> passphrase) {
        record("restore " + backup);
    }

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public void changeTheme(Theme theme) {
        this.theme = theme;
        record("theme " + theme);
    }

    @Override
    public void changeLanguage(Language language) {
        record("language " + language);
    }

    @Override
    public void quit() {
        record("quit");
    }
}
