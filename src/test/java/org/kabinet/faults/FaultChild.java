package org.kabinet.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.kabinet.cli.Cli;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.TestClock;

/**
 * The process the kill trials kill: works on a practice file through the app's own code and prints
 * "committed …" (flushed) after each commit, so the parent knows what was reported saved.
 *
 * <p>{@code edits DB} runs {@link EditStream} until killed; {@code import-clients DB CSV} and
 * {@code import-json DB JSON} run the command as a user would, then print "committed import".
 */
public final class FaultChild {

    private FaultChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path db = Path.of(args[1]);
        if (mode.equals("backup")) {
            backUpOnto(db, Path.of(args[2]));
            return;
        }
        if (mode.equals("edits")) {
            try (Practice practice = Practice.open(db, TestClock.FIXED)) {
                EditStream stream = new EditStream(practice);
                say("ready");
                for (int k = 1; ; k++) {
                    stream.step(k);
                    say("committed " + k);
                }
            }
        }
        say("ready");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = new Cli(Messages.of(Language.EN), TestClock.FIXED, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err).run(List.of(mode, "--db", db.toString(), "--in", args[2]));
        if (rc == 0) {
            say("committed import");
        }
        System.exit(rc);
    }

    /**
     * Backs {@code db} up, plain then encrypted, onto {@code folder} (a full filesystem the parent
     * mounted for this process only); says how each ended, in the words the app would show, and
     * what the folder holds afterwards.
     */
    private static void backUpOnto(Path db, Path folder) throws Exception {
        try (Practice practice = Practice.open(db, TestClock.FIXED)) {
            for (boolean encrypted : new boolean[] {false, true}) {
                try {
                    if (encrypted) {
                        practice.backups().backUpEncrypted(folder, "долгая фраза-пароль", (pages, of) -> { });
                    } else {
                        practice.backups().backUp(folder, (pages, of) -> { });
                    }
                    say("made");
                } catch (org.kabinet.storage.StorageException e) {
                    say("refused " + e.messageKey());
                    for (Language language : Language.values()) {
                        say("shown " + language + " " + org.kabinet.ui.common.UserErrors.describe(e, Messages.of(language)));
                    }
                }
                try (var left = java.nio.file.Files.list(folder)) {
                    say("left " + left.count());
                }
            }
            say("lastGood " + practice.backups().lastGood().isPresent());
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
