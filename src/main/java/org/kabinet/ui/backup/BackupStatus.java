package org.kabinet.ui.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Hyperlink;
import javafx.util.Duration;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.BackupService;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * The backup line of the status bar: when the last good backup was made; when none has succeeded
 * for a week (or ever), a warning that is itself the fix — one click backs up into the backup
 * folder. While Kabinet runs it also makes the daily automatic backup (a demo practice has none).
 */
public final class BackupStatus {

    /** How often it looks whether the day's backup is due. */
    private static final Duration CHECK_EVERY = Duration.minutes(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScreenContext context;
    private final Messages messages;
    private final Hyperlink link;
    private final Timeline daily = new Timeline();
    private boolean running;

    public BackupStatus(ScreenContext context, Hyperlink link) {
        this.context = context;
        this.messages = context.messages();
        this.link = link;
        link.setOnAction(e -> backUpNow());
        daily.getKeyFrames().add(new KeyFrame(CHECK_EVERY, e -> backUpIfDue()));
        daily.setCycleCount(Timeline.INDEFINITE);
    }

    /** Shows where backups stand and starts the daily automatic backup (once the window is in place). */
    public void start() {
        if (!context.practice().isDemo()) {
            daily.play();
            backUpIfDue();
        }
        refresh();
    }

    /** Stops the daily backup (the window is closing). */
    public void stop() {
        daily.stop();
    }

    /** Reads when the last good backup was made and shows it. */
    public void refresh() {
        BackupService backups = context.practice().backups();
        context.executor().run(() -> new State(backups.lastGood(), backups.overdue(), backups.folder()), this::show,
                context.onError());
    }

    private record State(Optional<Instant> last, boolean overdue, Path folder) {
    }

    private void show(State s) {
        link.getStyleClass().removeAll("backup-overdue", "backup-ok");
        if (context.practice().isDemo()) {
            link.setVisible(false);
            return;
        }
        String when = s.last().map(this::when).orElse("");
        if (s.overdue()) {
            link.setText(s.last().isEmpty() ? messages.get("backup.status.never")
                    : messages.get("backup.status.overdue", when));
            link.getStyleClass().add("backup-overdue");
            link.setDisable(false);
        } else {
            link.setText(messages.get("backup.status.last", when));
            link.getStyleClass().add("backup-ok");
        }
        Tooltips.set(link, messages.get("backup.status.tooltip", s.folder()));
    }

    private String when(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, ZoneId.systemDefault());
        return context.dates().format(t.toLocalDate()) + " " + TIME.format(t);
    }

    private void backUpIfDue() {
        if (running) {
            return;
        }
        running = true;
        BackupService backups = context.practice().backups();
        context.executor().run(() -> backups.dueDaily() ? backups.backUpAutomatically() : Optional.empty(),
                done -> {
                    running = false;
                    refresh();
                }, e -> {
                    running = false;
                    context.onError().accept(e);
                });
    }

    /** The one-click fix: a backup into the backup folder now, saying what went wrong if it fails. */
    private void backUpNow() {
        if (running) {
            return;
        }
        running = true;
        link.setText(messages.get("backup.running"));
        BackupService backups = context.practice().backups();
        context.executor().run(() -> backups.backUp(backups.folder(), (pages, of) -> { }), done -> {
            running = false;
            refresh();
        }, e -> {
            running = false;
            refresh();
            context.dialogs().error(messages.get("backup.error.title"), UserErrors.describe(e, messages));
        });
    }
}
