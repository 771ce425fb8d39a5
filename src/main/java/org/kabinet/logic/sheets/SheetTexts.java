package org.kabinet.logic.sheets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.export.HomeworkSheet;
import org.kabinet.export.ProgramSheet;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.ClientGoneException;
import org.kabinet.logic.ExerciseTexts;
import org.kabinet.model.Client;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SheetSettings;
import org.kabinet.storage.Transaction;

/** Turns homework, exercises and programs into the plain texts of a sheet, in one language. */
final class SheetTexts {

    private final Messages messages;
    private final ExerciseTexts exerciseTexts;
    private final DateFormats dates;
    private final Clock clock;

    SheetTexts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.exerciseTexts = ExerciseTexts.of(messages.locale());
        this.dates = new DateFormats(messages.language());
    }

    String pageLabel() {
        return messages.get("sheet.page");
    }

    HomeworkSheet.Labels homeworkLabels() {
        return new HomeworkSheet.Labels(messages.get("sheet.homework.title"), messages.get("sheet.homework.for"),
                messages.get("sheet.homework.date"), messages.get("sheet.homework.lesson"),
                messages.get("sheet.homework.steps"),
                messages.get("sheet.homework.duration"), messages.get("sheet.homework.frequency"),
                messages.get("sheet.homework.answers"), messages.get("sheet.homework.forYou"),
                messages.get("sheet.homework.notes"));
    }

    /** One client's sheet; {@code session} is the day's session when known, else the items' own. */
    HomeworkSheet homework(Transaction tx, SheetSettings settings, List<Homework> given, Session session) {
        // In the order she gave them, whatever order the caller found them in.
        List<Homework> items = given.stream().sorted(java.util.Comparator.comparingLong(Homework::id)).toList();
        Homework first = items.get(0);
        Client client = tx.clients().find(first.clientId()).orElseThrow(() -> new ClientGoneException(first.clientId()));
        Session held = session != null ? session
                : first.sessionId() == null ? null : tx.sessions().find(first.sessionId()).orElse(null);
        LocalDate date = held != null ? held.start().toLocalDate()
                : first.assignedOn() != null ? first.assignedOn() : LocalDate.now(clock);
        String lesson = items.stream().filter(h -> h.lessonId() != null).findFirst()
                .flatMap(h -> tx.programs().lesson(h.lessonId())).map(l -> lessonLine(tx, l)).orElse("");
        List<HomeworkSheet.Item> sheetItems = new ArrayList<>();
        for (Homework h : items) {
            Exercise exercise = h.exerciseId() == null ? null
                    : tx.exercises().find(h.exerciseId()).map(exerciseTexts::resolve).orElse(null);
            sheetItems.add(item(h, exercise));
        }
        return new HomeworkSheet(settings.names().of(client.name()), dates.formatLong(date), lesson, sheetItems);
    }

    private String lessonLine(Transaction tx, Lesson lesson) {
        String title = ProgramLabels.lesson(lesson, messages);
        return tx.programs().program(lesson.programId())
                .map(p -> ProgramLabels.program(p, messages) + " — " + title).orElse(title);
    }

    private static HomeworkSheet.Item item(Homework h, Exercise e) {
        if (e == null) {
            String title = h.title().isEmpty() ? "—" : h.title();
            return HomeworkSheet.Item.freeText(title, h.instructions());
        }
        String title = h.title().isEmpty() ? e.title() : h.title();
        return new HomeworkSheet.Item(title, e.purpose(), e.steps(), e.duration(), e.frequency(), e.questionList(),
                "", h.instructions());
    }

    ProgramSheet program(Program program, List<Lesson> lessons) {
        String name = ProgramLabels.program(program, messages);
        List<String> titles = lessons.stream().filter(l -> !l.retired())
                .map(l -> ProgramLabels.lesson(l, messages)).toList();
        String intro = Program.BASE.equals(program.code()) && !program.hasOwnName()
                ? messages.get("sheet.program.base.what")
                : messages.get("sheet.program.other.what", name,
                        messages.plural("sheet.program.meetings", titles.size()));
        return new ProgramSheet(messages.get("sheet.program.title", name), intro,
                messages.get("sheet.program.lessons", titles.size()), titles,
                List.of(new ProgramSheet.Section(messages.get("sheet.program.often"),
                                messages.get("sheet.program.often.text")),
                        new ProgramSheet.Section(messages.get("sheet.program.expect"),
                                messages.get("sheet.program.expect.text")),
                        new ProgramSheet.Section(messages.get("sheet.program.between"),
                                messages.get("sheet.program.between.text"))),
                messages.get("sheet.program.closing"));
    }
}
