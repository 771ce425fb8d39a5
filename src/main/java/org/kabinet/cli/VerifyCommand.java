package org.kabinet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.FileCheck;
import org.kabinet.logic.RestoreService;
import org.kabinet.logic.RuleException;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code verify --db FILE}: SQLite's full integrity check and a count of every kind of record,
 * as one JSON object. The file is opened as it is: never created, migrated or repaired.
 */
final class VerifyCommand implements Command {

    private final Messages messages;
    private final Clock clock;

    VerifyCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CliArgs options = CliArgs.parse(args, Set.of("--db", "--passphrase-file"));
        Path file = Path.of(options.require("--db"));
        boolean encrypted = RestoreService.needsPassphrase(file);
        FileCheck check;
        try {
            check = FileCheck.of(file, options.passphraseFile("--passphrase-file"), clock);
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (RuleException e) {
            throw CliException.failure(e.messageKey(), e.args());
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.toAbsolutePath().toString());
        if (encrypted) {
            report.put("encrypted", true);
        }
        report.put("integrity", check.sound() ? "ok" : "damaged");
        if (!check.sound()) {
            report.put("problems", check.problems());
        }
        report.put("schemaVersion", check.schemaVersion());
        report.put("demo", check.demo());
        report.putAll(check.counts());
        out.println(json(report));
        return check.sound() ? 0 : Cli.FAILED;
    }

    /** Pretty JSON with {@code "key": value} spacing, easy to read and to grep. */
    static String json(Map<String, Object> report) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        try {
            return new ObjectMapper().writer(new DefaultPrettyPrinter(separators)).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serialises", e);
        }
    }
}
