package org.kabinet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options: {@code --name value} pairs and {@code --help}. Anything unknown is an
 * error, so a typo never silently does something else.
 */
final class CliArgs {

    private final Map<String, String> values = new HashMap<>();
    private final boolean help;

    private CliArgs(Map<String, String> values, boolean help) {
        this.values.putAll(values);
        this.help = help;
    }

    /** @throws CliException naming the unknown option or the missing value */
    static CliArgs parse(List<String> args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (known.contains(arg)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new CliException("cli.error.needsValue", arg);
                }
                values.put(arg, args.get(++i));
            } else {
                throw new CliException("cli.error.unknownOption", arg);
            }
        }
        return new CliArgs(values, help);
    }

    boolean help() {
        return help;
    }

    Optional<String> get(String option) {
        return Optional.ofNullable(values.get(option));
    }

    String require(String option) {
        return get(option).orElseThrow(() -> new CliException("cli.error.missingOption", option));
    }

    /**
     * The passphrase in the file named by {@code option}, if given: its first line, without the
     * line break (so {@code echo phrase > F} works). The passphrase is never printed.
     *
     * @throws CliException when the file cannot be read or its first line is empty
     */
    Optional<String> passphraseFile(String option) {
        Optional<String> file = get(option);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw CliException.failure("cli.error.passphraseFile", file.get());
        }
        // Windows Notepad starts a UTF-8 file with a byte order mark: not part of the passphrase.
        String firstLine = text.replaceFirst("^\uFEFF", "").lines().findFirst().orElse("");
        if (firstLine.isEmpty()) {
            throw CliException.failure("cli.error.passphraseEmpty", file.get());
        }
        return Optional.of(firstLine);
    }

    int integer(String option, int fallback, int min, int max) {
        String text = values.get(option);
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                throw new CliException("cli.error.range", option, min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException("cli.error.notNumber", option, text);
        }
    }

    long longValue(String option, long fallback) {
        String text = values.get(option);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new CliException("cli.error.notNumber", option, text);
        }
    }
}
