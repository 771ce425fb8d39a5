package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.SheetSettings;
import org.kabinet.storage.Transaction;

/**
 * Homework along a demo client's sessions: after most held lessons and many single sessions one or
 * two shipped exercises (a lesson's own defaults first), now and then a task in her own words; due
 * at the next session. What a later held session talked over is mostly discussed (always, once
 * another session has been held since); what the latest one gave still waits.
 */
final class DemoHomework {

    private static final String[] CODES = {"eveningReview", "disidentification", "idealModel", "subpersonalities",
        "innerGuide", "safePlace", "unsentLetter", "awareNow", "partDialogue", "bodyScan", "squareBreathing",
        "emotionsDiary", "thoughtRecord", "gratitude"};
    /** The exercises the named Base lessons give by default, by lesson code. */
    private static final Map<String, List<String>> LESSON_DEFAULTS = Map.of(
            "base.birth", List.of("idealModel"),
            "base.childhood", List.of("unsentLetter"),
            "base.death", List.of("safePlace", "bodyScan"),
            "base.body", List.of("bodyScan"),
            "base.manWoman", List.of("partDialogue"));
    private static final HomeworkStatus[] REVIEWED = {HomeworkStatus.DONE, HomeworkStatus.PARTLY_DONE,
        HomeworkStatus.NOT_DONE};
    private static final int[] REVIEWED_WEIGHTS = {45, 35, 20};

    private final Random random;
    private final Texts texts;
    private final long[] exerciseIds;
    /** Default exercises by lesson position (1-based); empty for lessons without any. */
    private final List<List<Long>> defaults;

    private DemoHomework(Random random, Texts texts, long[] exerciseIds, List<List<Long>> defaults) {
        this.random = random;
        this.texts = texts;
        this.exerciseIds = exerciseIds;
        this.defaults = defaults;
    }

    /**
     * Looks up the shipped exercises, gives the named Base lessons their default exercises and
     * fills in the sheet settings.
     */
    static DemoHomework setUp(Transaction tx, Random random, DemoLanguage language, List<Lesson> lessons) {
        Map<String, Long> byCode = new HashMap<>();
        for (Exercise e : tx.exercises().all()) {
            if (e.code() != null) {
                byCode.put(e.code(), e.id());
            }
        }
        long[] ids = new long[CODES.length];
        for (int i = 0; i < CODES.length; i++) {
            Long id = byCode.get(CODES[i]);
            if (id == null) {
                throw new IllegalStateException("a new file always has the shipped exercise " + CODES[i]);
            }
            ids[i] = id;
        }
        List<List<Long>> defaults = new ArrayList<>();
        for (Lesson lesson : lessons) {
            List<Long> given = LESSON_DEFAULTS.getOrDefault(lesson.code(), List.of()).stream().map(byCode::get)
                    .toList();
            if (!given.isEmpty()) {
                tx.exercises().setLessonDefaults(lesson.id(), given);
            }
            defaults.add(given);
        }
        Texts texts = language == DemoLanguage.RU ? Texts.RU : Texts.EN;
        tx.meta().putSheetSettings(new SheetSettings(texts.practitioner, texts.contacts, PaperSize.A4,
                NameOnSheet.FULL));
        return new DemoHomework(random, texts, ids, defaults);
    }

    /**
     * Gives homework at the client's held sessions; {@code sessionIds} match {@code visits}, which
     * come in time order, and {@code lessonIds} are the Base lessons by position.
     */
    int give(Transaction tx, long clientId, List<DemoStory.Visit> visits, List<Long> sessionIds, long[] lessonIds) {
        int written = 0;
        for (int i = 0; i < visits.size(); i++) {
            DemoStory.Visit v = visits.get(i);
            if (v.status() != SessionStatus.DONE || random.nextInt(100) >= chance(v.kind())) {
                continue;
            }
            LocalDate day = v.start().toLocalDate();
            LocalDate due = i + 1 < visits.size() ? visits.get(i + 1).start().toLocalDate() : day.plusDays(7);
            boolean reviewed = heldAfter(visits, i);
            // Talked over long ago: by now it is discussed, so Today's "discuss" list stays short.
            boolean settled = reviewed && heldTwiceAfter(visits, i);
            Long lessonId = v.lesson() > 0 ? lessonIds[v.lesson() - 1] : null;
            List<Long> given = new ArrayList<>();
            int count = random.nextInt(100) < 30 ? 2 : 1;
            for (int item = 0; item < count; item++) {
                Homework h = drawn(clientId, sessionIds.get(i), lessonId, v.lesson(), item, given, day, due);
                tx.homework().insert(settled ? h.discussed(pick(texts.feedback), pick(texts.comments))
                        : reviewed ? review(h) : h);
                written++;
            }
        }
        return written;
    }

    /** The same catalogue and words with choices drawn from {@code other}, so the diary's homework stays as it was. */
    DemoHomework drawingFrom(Random other) {
        return new DemoHomework(other, texts, exerciseIds, defaults);
    }

    /**
     * {@code count} assignments given at the held session {@code at}, due at the next one: shipped
     * exercises (a free task now and then), talked over as far as {@code at} says.
     */
    List<Homework> given(DemoMoreHomework.Held at, int count) {
        List<Homework> all = new ArrayList<>(count);
        List<Long> given = new ArrayList<>();
        for (int item = 0; item < count; item++) {
            if (given.size() == exerciseIds.length) {
                given.clear(); // more than the catalogue holds at one session: some come twice
            }
            Homework h = drawn(at.clientId(), at.sessionId(), null, 0, item, given, at.day(), at.due());
            all.add(at.settled() ? h.discussed(pick(texts.feedback), pick(texts.comments))
                    : at.reviewed() ? review(h) : h);
        }
        return all;
    }

    /**
     * The {@code item}-th assignment at a session: an exercise of the catalogue (for a lesson, the
     * lesson's own first) not yet {@code given} there, now and then a free task instead.
     */
    private Homework drawn(long clientId, Long sessionId, Long lessonId, int lesson, int item, List<Long> given,
            LocalDate day, LocalDate due) {
        Long exerciseId = exercise(lesson, item, given);
        String title = "";
        String instructions = "";
        if (exerciseId == null) {
            int task = random.nextInt(texts.tasks.length);
            title = texts.tasks[task][0];
            instructions = texts.tasks[task][1];
        } else {
            given.add(exerciseId);
        }
        return new Homework(0, clientId, sessionId, lessonId, exerciseId, title, instructions, day, due,
                HomeworkStatus.ASSIGNED, "", "");
    }

    /** How often a held session of this kind gives homework, in percent. */
    private static int chance(SessionKind kind) {
        return switch (kind) {
            case LESSON -> 85;
            case SINGLE -> 60;
            case FIRST -> 25;
            default -> 0;
        };
    }

    /** A lesson's default first, mostly; otherwise a shipped exercise not yet given, or free text (null). */
    private Long exercise(int lesson, int item, List<Long> given) {
        List<Long> own = lesson > 0 && lesson <= defaults.size() ? defaults.get(lesson - 1) : List.of();
        if (item < own.size() && !given.contains(own.get(item)) && random.nextInt(100) < 75) {
            return own.get(item);
        }
        if (random.nextInt(100) < 15) {
            return null;
        }
        long id;
        do {
            id = exerciseIds[random.nextInt(exerciseIds.length)];
        } while (given.contains(id));
        return id;
    }

    private Homework review(Homework h) {
        if (random.nextInt(100) < 75) {
            return h.discussed(pick(texts.feedback), pick(texts.comments));
        }
        return h.withStatus(REVIEWED[DemoStatuses.weighted(random, REVIEWED_WEIGHTS)]);
    }

    static boolean heldTwiceAfter(List<DemoStory.Visit> visits, int index) {
        int held = 0;
        for (int j = index + 1; j < visits.size(); j++) {
            if (visits.get(j).status() == SessionStatus.DONE && ++held == 2) {
                return true;
            }
        }
        return false;
    }

    static boolean heldAfter(List<DemoStory.Visit> visits, int index) {
        for (int j = index + 1; j < visits.size(); j++) {
            if (visits.get(j).status() == SessionStatus.DONE) {
                return true;
            }
        }
        return false;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** The demo's words for homework in one language. */
    private record Texts(String practitioner, String contacts, String[][] tasks, String[] feedback,
            String[] comments) {

        static final Texts RU = new Texts("Елена Соколова, психолог",
                "+7 912 345-67-89\nsokolova.psy@example.ru",
                new String[][] {
                    {"Прогулка без телефона", "Каждый день 20 минут гулять без телефона и замечать, что вокруг."},
                    {"Письмо себе через год", "Написать письмо себе через год: что изменилось, чем вы гордитесь."},
                    {"Список радостей", "Записать десять дел, которые приносят радость, и сделать одно из них."},
                    {"Разговор с мамой", "Замечать, какие чувства поднимаются в разговорах с мамой, и записывать их."},
                    {"Режим сна", "Ложиться до 23:00 и отмечать утром, как спалось."},
                    {"Одно «нет» в день", "Каждый день отказать в одной просьбе, которую не хочется выполнять."}},
                new String[] {"Делала почти каждый день, стало спокойнее.", "Получилось два раза, потом забыла.",
                    "Было трудно начать, но после второго раза пошло легче.", "Много слёз, но стало легче.",
                    "Не успела: была тяжёлая неделя на работе.", "Заметила, что злюсь чаще, чем думала.",
                    "Понравилось, хочет продолжать сама.", "Делала вечером, помогает заснуть."},
                new String[] {"Продолжить ещё неделю.", "Обсудили сопротивление, вернёмся к этому.",
                    "Хороший прогресс, можно усложнить.", "Заменить на упражнение попроще.",
                    "Связать с темой следующего урока.", "Отметить, в какие дни получается легче."});

        static final Texts EN = new Texts("Helen Carter, psychologist",
                "+44 7700 900123\nhelen.carter@example.com",
                new String[][] {
                    {"A walk without the phone", "Walk for 20 minutes a day without your phone and notice what is around."},
                    {"A letter to yourself in a year", "Write to yourself a year from now: what changed, what you are proud of."},
                    {"A list of joys", "Write down ten things that bring you joy and do one of them this week."},
                    {"Talking with mother", "Notice the feelings that come up when you talk with your mother; write them down."},
                    {"Sleep routine", "Go to bed before 11 pm and note in the morning how you slept."},
                    {"One \"no\" a day", "Each day, turn down one request you do not want to fulfil."}},
                new String[] {"Did it almost every day, feels calmer.", "Managed twice, then forgot.",
                    "Hard to start, easier after the second time.", "Many tears, but it helped.",
                    "No time: a hard week at work.", "Noticed she gets angry more often than she thought.",
                    "Liked it, wants to go on by herself.", "Did it in the evenings, helps her fall asleep."},
                new String[] {"Go on for another week.", "Talked about the resistance; come back to it.",
                    "Good progress; can make it harder.", "Swap for a simpler exercise.",
                    "Link with the next lesson's theme.", "Note on which days it comes easier."});
    }
}
