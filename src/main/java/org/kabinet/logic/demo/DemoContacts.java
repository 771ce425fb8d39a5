package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Contact;
import org.kabinet.model.ContactDirection;
import org.kabinet.model.ContactOutcome;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.SuggestionRule;
import org.kabinet.storage.Transaction;

/**
 * The contact log and planned calls of a demo practice: messages and calls around bookings (some
 * unanswered at first), calls back to enquiries, check-ins after the work ended; and follow-up
 * calls she planned — some overdue, some today, some later, and past ones done or cancelled. Drawn
 * from a random of its own, after everything else, so that the rest of a demo stays as it was for
 * the same seed.
 */
final class DemoContacts {

    /** Of a client's sessions, how many at most get a message or call about the booking. */
    private static final int BOOKINGS_LOGGED = 3;
    /** One client in this many (who may be contacted) has a call planned now or earlier. */
    private static final int PLANNED_ONE_IN = 12;
    /** The rules she most often plans a call for herself. */
    private static final SuggestionRule[] PLANNED_FOR = {SuggestionRule.STALLED, SuggestionRule.CHECK_IN,
        SuggestionRule.LAPSED, SuggestionRule.NOT_BOOKED, SuggestionRule.BIRTHDAY};

    private final Random random;
    private final LocalDate today;
    private final Words words;

    DemoContacts(Random random, DemoLanguage language, LocalDate today) {
        this.random = random;
        this.today = today;
        this.words = language == DemoLanguage.RU ? Words.RUSSIAN : Words.ENGLISH;
    }

    /** How many contacts and planned calls were written. */
    record Written(int contacts, int followUps) {
        Written plus(Written other) {
            return new Written(contacts + other.contacts, followUps + other.followUps);
        }
    }

    /** Writes the contacts and planned calls of one client, whose work with her is {@code story}. */
    Written write(Transaction tx, Client client, LocalDate firstContact, DemoStory story) {
        int contacts = 0;
        if (client.status() == ClientStatus.ENQUIRY) {
            contacts += enquiryCalls(tx, client.id(), firstContact);
        }
        contacts += bookings(tx, client.id(), story.visits());
        LocalDate lastVisit = lastHeld(story.visits());
        if (client.status().endsWork() && lastVisit != null && random.nextInt(100) < 30) {
            LocalDate checkIn = lastVisit.plusMonths(1 + random.nextInt(3)).plusDays(random.nextInt(10));
            if (checkIn.isBefore(today)) {
                ContactOutcome outcome = random.nextInt(100) < 65 ? ContactOutcome.TALKED : ContactOutcome.NO_ANSWER;
                contact(tx, client.id(), at(checkIn), Channel.CALL, ContactDirection.OUTGOING, words.checkIn(), outcome,
                        outcome == ContactOutcome.TALKED ? pick(words.checkInNotes()) : "", null);
                contacts++;
            }
        }
        Written written = new Written(contacts, 0);
        if (client.consents().mayContact() && client.status() != ClientStatus.ARCHIVED
                && random.nextInt(PLANNED_ONE_IN) == 0) {
            written = written.plus(plannedCalls(tx, client.id()));
        }
        return written;
    }

    /** One to three calls back after an enquiry: often unanswered, sometimes "call me later". */
    private int enquiryCalls(Transaction tx, long clientId, LocalDate firstContact) {
        int calls = 1 + random.nextInt(3);
        int written = 0;
        LocalDate day = firstContact.plusDays(1 + random.nextInt(3));
        for (int i = 0; i < calls && day.isBefore(today); i++) {
            ContactOutcome outcome = i == calls - 1 && random.nextInt(100) < 30 ? ContactOutcome.DECLINED
                    : random.nextInt(100) < 60 ? ContactOutcome.NO_ANSWER : ContactOutcome.CALL_LATER;
            contact(tx, clientId, at(day), random.nextInt(100) < 70 ? Channel.CALL : Channel.MESSAGE,
                    ContactDirection.OUTGOING, words.enquiry(), outcome,
                    outcome == ContactOutcome.CALL_LATER ? pick(words.callLaterNotes()) : "", null);
            written++;
            day = day.plusDays(2 + random.nextInt(5));
        }
        return written;
    }

    /** A message or call a day or three before some sessions: the booking, sometimes after a missed call. */
    private int bookings(Transaction tx, long clientId, List<DemoStory.Visit> visits) {
        int written = 0;
        int logged = 0;
        for (DemoStory.Visit v : visits) {
            boolean first = v.kind() == SessionKind.FIRST;
            if (logged >= BOOKINGS_LOGGED && !first || !first && random.nextInt(100) >= 15) {
                continue;
            }
            LocalDate day = v.start().toLocalDate().minusDays(1 + random.nextInt(3));
            if (!day.isBefore(today)) {
                continue;
            }
            logged++;
            if (random.nextInt(100) < 20) {
                contact(tx, clientId, at(day.minusDays(1)), Channel.CALL, ContactDirection.OUTGOING,
                        words.booking(), ContactOutcome.NO_ANSWER, "", null);
                written++;
            }
            boolean incoming = random.nextInt(100) < 40;
            Channel channel = random.nextInt(100) < 55 ? Channel.MESSAGE : Channel.CALL;
            contact(tx, clientId, at(day), channel, incoming ? ContactDirection.INCOMING : ContactDirection.OUTGOING,
                    first ? words.firstBooking() : words.booking(), ContactOutcome.BOOKED,
                    random.nextInt(100) < 35 ? pick(words.bookingNotes()) : "", null);
            written++;
        }
        return written;
    }

    /** A call planned for now (overdue, today or later) and maybe one in the past, done or cancelled. */
    private Written plannedCalls(Transaction tx, long clientId) {
        int followUps = 0;
        int contacts = 0;
        if (random.nextInt(100) < 40) {
            LocalDate due = today.minusDays(20 + random.nextInt(200));
            boolean done = random.nextInt(100) < 75;
            FollowUp past = tx.followUps().insert(call(clientId, due, "",
                    done ? FollowUpStatus.DONE : FollowUpStatus.CANCELLED));
            if (done) {
                contact(tx, clientId, at(due), Channel.CALL, ContactDirection.OUTGOING, words.followUp(),
                        random.nextBoolean() ? ContactOutcome.TALKED : ContactOutcome.BOOKED, "", past.id());
                contacts++;
            }
            followUps++;
        }
        int when = random.nextInt(100);
        LocalDate due = when < 30 ? today.minusDays(1 + random.nextInt(10))
                : when < 50 ? today
                : today.plusDays(1 + random.nextInt(45));
        FollowUpStatus status = due.isAfter(today) && random.nextInt(100) < 25 ? FollowUpStatus.POSTPONED
                : FollowUpStatus.PLANNED;
        String script = random.nextInt(100) < 30 ? pick(words.scripts()) : "";
        tx.followUps().insert(call(clientId, due, script, status));
        return new Written(contacts, followUps + 1);
    }

    /** A planned call for one of the rules' reasons, or (a bit less often) for her own words. */
    private FollowUp call(long clientId, LocalDate due, String script, FollowUpStatus status) {
        SuggestionRule rule = random.nextInt(100) < 55 ? PLANNED_FOR[random.nextInt(PLANNED_FOR.length)] : null;
        String reason = rule == null ? pick(words.ownReasons()) : "";
        return new FollowUp(0, clientId, due, rule, reason, script, status);
    }

    private static LocalDate lastHeld(List<DemoStory.Visit> visits) {
        LocalDate last = null;
        for (DemoStory.Visit v : visits) {
            if (v.status() == SessionStatus.DONE) {
                last = v.start().toLocalDate();
            }
        }
        return last;
    }

    private LocalDateTime at(LocalDate day) {
        return day.atTime(10 + random.nextInt(10), random.nextInt(4) * 15);
    }

    private static void contact(Transaction tx, long clientId, LocalDateTime at, Channel channel,
            ContactDirection direction, String purpose, ContactOutcome outcome, String note, Long followUpId) {
        tx.contacts().insert(new Contact(0, clientId, at, channel, direction, purpose, outcome, note, followUpId));
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The words of the contact log, in the demo's language. */
    private record Words(String enquiry, String firstBooking, String booking, String checkIn, String followUp,
            List<String> callLaterNotes, List<String> bookingNotes, List<String> checkInNotes,
            List<String> ownReasons, List<String> scripts) {

        static final Words RUSSIAN = new Words("Ответ на обращение", "Запись на первичную консультацию",
                "Запись на сессию", "Узнать, как дела", "Звонок по плану",
                List.of("Просила перезвонить после отпуска", "Занята, перезвонить вечером",
                        "Перезвонить на следующей неделе"),
                List.of("Удобно по вторникам после 18:00", "Перенесли с четверга", "Подтвердила время",
                        "Просила напомнить накануне"),
                List.of("Всё хорошо, думает вернуться осенью", "Передаёт спасибо, рекомендовала подруге",
                        "Трудный период на работе, подумает о встрече"),
                List.of("Спросить, как прошёл отпуск", "Поздравить с новой работой",
                        "Узнать, как дела после переезда", "Предложить продолжить программу",
                        "Напомнить про домашнее задание"),
                List.of("Начать с того, как прошёл месяц; не торопить с записью.",
                        "Спросить про сон и самочувствие, предложить время на следующей неделе."));

        static final Words ENGLISH = new Words("Reply to the enquiry", "Booking the first consultation",
                "Booking a session", "Check-in", "Planned call",
                List.of("Asked to call back after her holiday", "Busy, call back in the evening",
                        "Call back next week"),
                List.of("Tuesdays after 6 pm suit best", "Moved from Thursday", "Confirmed the time",
                        "Asked for a reminder the day before"),
                List.of("Doing well, thinks of coming back in the autumn", "Says thank you, told a friend about me",
                        "A hard time at work, will think about a session"),
                List.of("Ask how the holiday went", "Congratulate on the new job", "Ask how the move went",
                        "Offer to go on with the program", "Remind about the homework"),
                List.of("Start with how the month went; no pressure to book.",
                        "Ask about sleep and mood, offer a time next week."));
    }
}
