package org.kabinet.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The user's language: every text the user sees comes from here, from the bundles
 * {@code org/kabinet/i18n/messages*.properties} (English and Russian, kept key for key).
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    private static final String BUNDLE = "org.kabinet.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the system locale: an English user on a Russian system gets English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Russian or English; anything else falls back to English. */
    public static Messages of(Language language) {
        return new Messages(language.locale());
    }

    public Locale locale() {
        return locale;
    }

    public Language language() {
        return Language.of(locale);
    }

    /** The bundle itself, for FXML's {@code %key} lookups. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in when given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "missing message key " + key);
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has this key (for optional texts such as hints). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A counted phrase in the right plural form: "1 client, 2 clients", «1 клиент, 2 клиента,
     * 5 клиентов». Looks up {@code key.one}, {@code key.few}, {@code key.many} or {@code key.other}.
     */
    public String plural(String key, long count) {
        return get(key + "." + Plurals.category(language(), count), count);
    }

    /** A counted phrase, as {@link #plural(String, long)}, with more arguments from {@code {1}} on. */
    public String plural(String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = count;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(key + "." + Plurals.category(language(), count), args);
    }

    /** A whole number (a fee, a price) as the language writes it: «54 000» in Russian, "54,000" in English. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The label of an enum value: key {@code SimpleName.CONSTANT}, e.g. {@code ClientStatus.ACTIVE}. */
    public String of(Enum<?> value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
