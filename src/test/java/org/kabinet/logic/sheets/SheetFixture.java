package org.kabinet.logic.sheets;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.Lesson;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.SheetSettings;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * A practice with Olga Petrovna Ivanova, an exercise of our own in Russian and one in English,
 * and a session on {@link #DAY} at which she was given both, plus a free-text item.
 */
public final class SheetFixture implements AutoCloseable {

    public static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 23, 15, 0);

    public final Practice practice;
    public final Client olga;
    public final Exercise russian;
    public final Exercise english;
    public final Session session;
    public final List<Homework> homework = new ArrayList<>();

    public SheetFixture(Path file) throws Exception {
        practice = Practice.open(file, TestClock.FIXED);
        olga = practice.clients().save(ClientBuilders.olga().build());
        russian = practice.exercises().save(exercise("Вечерний обзор дня", "Спокойно завершить день и заметить главное.",
                "Сядьте удобно и закройте глаза.\nВспомните день в обратном порядке, от вечера к утру.\n"
                        + "Отметьте, что получилось и за что вы себе благодарны.",
                "10 минут", "каждый вечер", "Что сегодня было важным?\nЧто вы заметили о себе?"));
        english = practice.exercises().save(exercise("Evening review of the day", "To close the day calmly.",
                "Sit comfortably and close your eyes.\nGo back through the day from evening to morning.\n"
                        + "Note what went well and what you are grateful for.",
                "10 minutes", "every evening", "What mattered today?\nWhat did you notice about yourself?"));
        Lesson first = practice.programs().lessons(practice.programs().programs().get(0).id()).get(0);
        long enrolment = practice.enrolments().enrol(olga.id(), practice.programs().programs().get(0).id(),
                DAY.toLocalDate(), null).id();
        session = practice.sessions().save(Session.planned(olga.id(), DAY, SessionKind.LESSON)
                .withStatus(SessionStatus.DONE).withLesson(enrolment, first.id()), Set.of());
        homework.addAll(practice.homework().assign(List.of(
                item(russian.id(), "", "Начните с пяти минут."),
                item(english.id(), "", ""),
                item(null, "Письмо себе", "Напишите короткое письмо себе через год.")), false));
    }

    /** The sheet settings with these choices and her name in the header. */
    public void settings(PaperSize paper, NameOnSheet names) {
        practice.settings().saveSheets(new SheetSettings("Мария Смирнова, психолог",
                "+7 900 123-45-67 · maria@example.org", paper, names));
    }

    public Homework item(Long exerciseId, String title, String instructions) {
        Lesson lesson = practice.programs().lessons(practice.programs().programs().get(0).id()).get(0);
        return new Homework(0, olga.id(), session == null ? null : session.id(), lesson.id(), exerciseId, title,
                instructions, null, null, null, "", "");
    }

    public List<Long> ids() {
        return homework.stream().map(Homework::id).toList();
    }

    private static Exercise exercise(String title, String purpose, String steps, String duration, String frequency,
            String questions) {
        return Exercise.blank().withTexts(title, purpose, steps, duration, frequency, questions);
    }

    @Override
    public void close() {
        practice.close();
    }
}
