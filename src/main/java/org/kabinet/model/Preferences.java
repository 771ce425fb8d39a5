package org.kabinet.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What this computer's Kabinet remembers outside any practice file, because it is needed before
 * a file is open (which file, in which language) or belongs to the screen rather than to the
 * records (theme, where the window was, the screen last shown). Every part may be missing: then
 * the default applies. Codes are kept as text; the window interprets them.
 */
public record Preferences(String languageCode, String themeCode, Path lastFile, WindowPlace window,
        String lastScreen) {

    public static final Preferences NONE = new Preferences(null, null, null, null, null);

    public Optional<String> language() {
        return Optional.ofNullable(languageCode);
    }

    public Optional<String> theme() {
        return Optional.ofNullable(themeCode);
    }

    /** The practice file opened last (not the demo), where the next start opens when none is named. */
    public Optional<Path> file() {
        return Optional.ofNullable(lastFile);
    }

    public Optional<WindowPlace> windowPlace() {
        return Optional.ofNullable(window);
    }

    public Optional<String> screen() {
        return Optional.ofNullable(lastScreen);
    }

    public Preferences withLanguage(String code) {
        return new Preferences(code, themeCode, lastFile, window, lastScreen);
    }

    public Preferences withTheme(String code) {
        return new Preferences(languageCode, code, lastFile, window, lastScreen);
    }

    public Preferences withFile(Path file) {
        return new Preferences(languageCode, themeCode, file, window, lastScreen);
    }

    public Preferences withWindow(WindowPlace place) {
        return new Preferences(languageCode, themeCode, lastFile, place, lastScreen);
    }

    public Preferences withScreen(String screen) {
        return new Preferences(languageCode, themeCode, lastFile, window, screen);
    }
}
