package org.kabinet.logic.sheets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.kabinet.export.HomeworkSheet;
import org.kabinet.export.HomeworkSheetPdf;
import org.kabinet.export.ProgramSheetPdf;
import org.kabinet.export.SheetHeader;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Homework;
import org.kabinet.model.Session;
import org.kabinet.model.SheetSettings;
import org.kabinet.storage.Database;

/**
 * The printed sheets: homework sheets and the program information sheet, as PDF. Each reads
 * what it needs in one transaction, then lays the sheet out from plain texts.
 */
public final class SheetService {

    private static final Logger LOG = Logger.getLogger(SheetService.class.getName());

    private final Database db;
    private final Clock clock;

    public SheetService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Writes the homework sheet of these homework items (one client) to {@code out}.
     *
     * @throws RuleException {@code sheet.error.nothing} when there is no such homework
     * @throws org.kabinet.export.ExportException when the file cannot be written
     */
    public void homework(List<Long> homeworkIds, Locale locale, Path out) {
        SheetTexts texts = new SheetTexts(Messages.of(Language.of(locale)), clock);
        Sheets read = db.read(tx -> {
            List<Homework> items = new ArrayList<>();
            for (long id : homeworkIds) {
                tx.homework().find(id).ifPresent(items::add);
            }
            if (items.isEmpty()) {
                throw new RuleException("sheet.error.nothing");
            }
            if (items.stream().map(Homework::clientId).distinct().count() > 1) {
                throw new IllegalArgumentException("homework of more than one client on one sheet");
            }
            SheetSettings settings = tx.meta().sheetSettings();
            return new Sheets(settings, tx.meta().practiceName(), List.of(texts.homework(tx, settings, items, null)));
        });
        HomeworkSheetPdf.write(header(read.settings(), read.practice(), texts), texts.homeworkLabels(), read.sheets(), out);
        LOG.info(() -> "wrote a homework sheet of " + homeworkIds.size() + " item(s)");
    }

    /**
     * Writes one PDF with a homework sheet for each client given homework at a session on
     * {@code day}; returns how many sheets it holds. With none, writes nothing and returns 0.
     */
    public int homeworkOfDay(LocalDate day, Locale locale, Path out) {
        SheetTexts texts = new SheetTexts(Messages.of(Language.of(locale)), clock);
        Sheets read = db.read(tx -> {
            SheetSettings settings = tx.meta().sheetSettings();
            Map<Long, List<Homework>> byClient = new LinkedHashMap<>();
            Map<Long, Session> firstSession = new LinkedHashMap<>();
            List<Session> sessions = new ArrayList<>(tx.sessions().between(day.atStartOfDay(),
                    day.plusDays(1).atStartOfDay()));
            sessions.sort((a, b) -> a.start().compareTo(b.start()));
            for (Session s : sessions) {
                List<Homework> given = tx.homework().forSession(s.id());
                if (!given.isEmpty()) {
                    byClient.computeIfAbsent(s.clientId(), k -> new ArrayList<>()).addAll(given);
                    firstSession.putIfAbsent(s.clientId(), s);
                }
            }
            List<HomeworkSheet> sheets = new ArrayList<>();
            byClient.forEach((client, items) -> sheets.add(texts.homework(tx, settings, items,
                    firstSession.get(client))));
            return new Sheets(settings, tx.meta().practiceName(), sheets);
        });
        if (read.sheets().isEmpty()) {
            return 0;
        }
        HomeworkSheetPdf.write(header(read.settings(), read.practice(), texts), texts.homeworkLabels(), read.sheets(), out);
        LOG.info(() -> "wrote " + read.sheets().size() + " homework sheet(s) of a day");
        return read.sheets().size();
    }

    /**
     * Writes the one-page information sheet about a program to {@code out}.
     *
     * @throws RuleException {@code sheet.error.noProgram} when the program is gone
     */
    public void program(long programId, Locale locale, Path out) {
        SheetTexts texts = new SheetTexts(Messages.of(Language.of(locale)), clock);
        ProgramRead read = db.read(tx -> new ProgramRead(tx.meta().sheetSettings(), tx.meta().practiceName(),
                tx.programs().program(programId).orElseThrow(() -> new RuleException("sheet.error.noProgram")),
                tx.programs().lessons(programId)));
        ProgramSheetPdf.write(header(read.settings(), read.practice(), texts), texts.program(read.program(), read.lessons()), out);
        LOG.info(() -> "wrote the information sheet of program " + programId);
    }

    private static SheetHeader header(SheetSettings settings, String practice, SheetTexts texts) {
        return new SheetHeader(practice, settings.practitioner(), settings.contacts(), settings.paper(), texts.pageLabel());
    }

    private record Sheets(SheetSettings settings, String practice, List<HomeworkSheet> sheets) {
    }

    private record ProgramRead(SheetSettings settings, String practice, org.kabinet.model.Program program,
            List<org.kabinet.model.Lesson> lessons) {
    }

}
