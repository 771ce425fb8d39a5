package org.kabinet.ui.calendar;

import java.io.File;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.CalendarExportService;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * The Calendar screen's "Export to calendar (.ics)…": asks where to save, writes the planned
 * sessions and calls of the next 30 days in the background, then says where the file went (and can
 * open its folder). Nothing confidential goes in (see {@link CalendarExportService}).
 */
final class CalendarExportAction {


    private final ScreenContext context;
    private final Messages messages;
    private final WeekCalendarViewModel vm;
    private final Function<Window, File> chooser;
    private File lastFolder;

    /** With the system's save dialog. */
    CalendarExportAction(ScreenContext context, WeekCalendarViewModel vm) {
        this(context, vm, null);
    }

    /** With {@code chooser} in place of the save dialog (tests); null: the system's dialog. */
    CalendarExportAction(ScreenContext context, WeekCalendarViewModel vm, Function<Window, File> chooser) {
        this.context = context;
        this.messages = context.messages();
        this.vm = vm;
        this.chooser = chooser != null ? chooser : this::askWhere;
    }

    Button button() {
        Button b = new Button(messages.get("ics.button"));
        b.setId("exportIcsButton");
        b.setGraphic(Icons.of(Icon.CALENDAR));
        Tooltips.set(b, messages.get("ics.button.tooltip"));
        b.setOnAction(e -> export());
        return b;
    }

    void export() {
        File file = chooser.apply(context.dialogs().owner());
        if (file == null) {
            return;
        }
        lastFolder = file.getAbsoluteFile().getParentFile();
        vm.exportCalendar(file.toPath(), messages.locale(), this::done, this::failed);
    }

    private File askWhere(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("ics.chooser.title"));
        fc.setInitialFileName(messages.get("ics.fileName"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ics.files"), "*.ics"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        return fc.showSaveDialog(owner);
    }

    private void done(CalendarExportService.Exported done) {
        context.dialogs().written("icsDone", messages.get("ics.done.title"), text(done), "ics.openFolder",
                done.file().toAbsolutePath().getParent());
    }

    private String text(CalendarExportService.Exported done) {
        return messages.get("ics.done", done.file().toAbsolutePath(), done.sessions(), done.followUps(),
                context.dates().format(done.from()), context.dates().format(done.to()), messages.of(done.names()));
    }

    private void failed(Throwable e) {
        context.dialogs().error(messages.get("ics.error.title"), UserErrors.describe(e, messages));
    }
}
