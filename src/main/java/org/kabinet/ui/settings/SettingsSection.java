package org.kabinet.ui.settings;

/** The sections of the Settings window, in the order they are listed. */
public enum SettingsSection {
    PRACTICE,
    APPEARANCE,
    DATA_FILE,
    BACKUPS,
    RULES,
    SHEETS;

    /** The key of the section's name in the bundles. */
    String titleKey() {
        return "settings.section." + name();
    }
}
