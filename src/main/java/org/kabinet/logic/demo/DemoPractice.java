package org.kabinet.logic.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kabinet.model.AddressForm;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Consents;
import org.kabinet.model.ContactDetails;
import org.kabinet.model.Goal;
import org.kabinet.model.GoalStatus;
import org.kabinet.model.ProblemTag;
import org.kabinet.model.Sex;
import org.kabinet.model.Source;
import org.kabinet.storage.Database;

/**
 * A synthetic practice that looks like a real one: six years of clients, most of them women,
 * most come by personal recommendation (a fifth of clients bring about half of those), most of
 * the work long finished. The same seed always gives the same practice: every choice comes from
 * one {@link Random}, in a fixed order.
 */
public final class DemoPractice {

    /** How far back the practice goes. */
    private static final int YEARS = 6;
    /** First contacts are drawn as {@code YEARS * u^GROWTH} days back: recent years bring more clients. */
    private static final double GROWTH = 1.6;
    /** Clients written per transaction: big enough to be fast, small enough to stay light. */
    private static final int BATCH = 1000;
    /** Notes between sessions written per transaction. */
    private static final int NOTE_BATCH = 20_000;
    private static final String[] OTHER_SOURCES = {"website", "community", "media", "talk", "specialist", "other"};
    private static final int[] OTHER_SOURCE_WEIGHTS = {15, 8, 4, 6, 7, 5};

    private final long seed;
    private final DemoLanguage language;
    private final Random random;
    private final DemoVocabulary words;
    private final LocalDate today;
    private final DemoPeople people;

    public DemoPractice(long seed, DemoLanguage language, LocalDate today) {
        this.seed = seed;
        this.language = language;
        this.random = new Random(seed);
        this.words = DemoVocabulary.of(language);
        this.today = today;
        this.people = new DemoPeople(random, words, language);
    }

    /**
     * Writes {@code count} clients with their sessions, enrolments and homework and marks the file as a demo;
     * returns how many clients were written.
     */
    public int writeInto(Database db, int count) {
        return writeInto(db, count, 0).clients();
    }

    /** How many clients, sessions, homework assignments, notes, contacts and planned calls a demo holds. */
    public record Written(int clients, int sessions, int homework, int notes, int contacts, int followUps) {
    }

    /**
     * Writes {@code count} clients as {@link #writeInto(Database, int)} does, with notes for most held
     * sessions; when {@code notesWanted} is more than those, notes between sessions make up the rest,
     * spread over every client's time with her (for benchmarks of a practice with years of notes).
     */
    public Written writeInto(Database db, int count, int notesWanted) {
        return writeInto(db, new DemoVolume(count, 0, notesWanted, 0));
    }

    /**
     * Writes the volume's clients with their three-year diary; when it asks for more sessions, the
     * years before the diary make up the rest ({@link DemoHistory}); more homework is given at those
     * older sessions (at the diary's, when there are none), and more notes between sessions.
     */
    public Written writeInto(Database db, DemoVolume volume) {
        int count = volume.clients();
        List<LocalDate> firstContacts = firstContacts(count);
        List<DemoStory> stories = stories(firstContacts);
        // The older history draws from randoms of its own, so the diary stays as it is without it.
        DemoHistory history = new DemoHistory(new Random(seed * 2_750_159 + 7), language, today);
        List<List<DemoStory.Visit>> past = history.plan(stories, volume.sessions());
        List<LocalDate> known = DemoHistory.firstContacts(firstContacts, past);
        DemoNotes pastNotes = new DemoNotes(new Random(seed * 3_571 + 13), language);
        List<DemoMoreHomework.Held> heldPast = new ArrayList<>();
        List<DemoMoreHomework.Held> heldRecent = volume.homework() > 0 ? new ArrayList<>() : null;
        List<Long> ids = new ArrayList<>(count);
        List<Client> written = new ArrayList<>(count);
        List<Long> connectors = new ArrayList<>();
        DemoWriter writer = db.write(tx -> {
            tx.meta().markAsDemo();
            return DemoWriter.forBase(tx, new Random(seed * 104_729 + 31), new Random(seed * 7_727 + 3), language);
        });
        List<DemoNotes.Planned> notePlan = new ArrayList<>();
        long[] sourceIds = db.read(tx -> sourceIds(tx.sources().all()));
        int[] homework = {0};
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            int start = from;
            db.write(tx -> {
                for (int i = start; i < to; i++) {
                    DemoStory story = stories.get(i);
                    Client saved = tx.clients().insert(client(known.get(i), story, sourceIds, ids, connectors));
                    ids.add(saved.id());
                    written.add(saved);
                    tx.statusHistory().backdate(saved.id(), statusSince(firstContacts.get(i), story));
                    history.write(tx, saved.id(), story.format(), past.get(i), pastNotes, notePlan, heldPast);
                    homework[0] += writer.write(tx, saved.id(), story, notePlan, heldRecent);
                    // About one client in five tells friends about her: they bring half of the new ones.
                    if (random.nextInt(5) == 0) {
                        connectors.add(saved.id());
                    }
                }
                return null;
            });
        }
        homework[0] += DemoMoreHomework.write(db, writer.homework().drawingFrom(new Random(seed * 6_007 + 5)),
                new Random(seed * 1_009 + 3), heldPast.isEmpty() && heldRecent != null ? heldRecent : heldPast,
                volume.homework() - homework[0]);
        planNotesBetween(notePlan, ids, known, volume.notes() - notePlan.size());
        // In date order, as she writes them (a stable sort keeps the plan's own order within a day).
        notePlan.sort(Comparator.comparing(DemoNotes.Planned::on));
        for (int from = 0; from < notePlan.size(); from += NOTE_BATCH) {
            List<DemoNotes.Planned> batch = notePlan.subList(from, Math.min(notePlan.size(), from + NOTE_BATCH));
            db.write(tx -> {
                writer.notes().writeAll(tx, batch);
                return null;
            });
        }
        DemoContacts.Written contacts = writeContacts(db, written, firstContacts, stories);
        int sessions = stories.stream().mapToInt(s -> s.visits().size()).sum()
                + past.stream().mapToInt(List::size).sum();
        return new Written(ids.size(), sessions, homework[0], notePlan.size(), contacts.contacts(),
                contacts.followUps());
    }

    /** The contact log and planned calls, last and from a random of their own: the rest stays as it was. */
    private DemoContacts.Written writeContacts(Database db, List<Client> clients, List<LocalDate> firstContacts,
            List<DemoStory> stories) {
        DemoContacts contacts = new DemoContacts(new Random(seed * 49_999 + 101), language, today);
        DemoContacts.Written total = new DemoContacts.Written(0, 0);
        for (int from = 0; from < clients.size(); from += BATCH) {
            int to = Math.min(clients.size(), from + BATCH);
            int start = from;
            total = total.plus(db.write(tx -> {
                DemoContacts.Written batch = new DemoContacts.Written(0, 0);
                for (int i = start; i < to; i++) {
                    batch = batch.plus(contacts.write(tx, clients.get(i), firstContacts.get(i), stories.get(i)));
                }
                return batch;
            }));
        }
        return total;
    }

    /**
     * When the client's status took its present value: the first contact for a client still
     * enquiring or at work, the last session for one whose work has ended (or paused).
     */
    private Instant statusSince(LocalDate firstContact, DemoStory story) {
        LocalDate day = firstContact;
        if (story.status() != ClientStatus.ENQUIRY && story.status() != ClientStatus.ACTIVE) {
            for (DemoStory.Visit v : story.visits()) {
                if (v.start().toLocalDate().isAfter(day) && v.start().toLocalDate().isBefore(today)) {
                    day = v.start().toLocalDate();
                }
            }
        }
        return day.atTime(20, 0).toInstant(ZoneOffset.UTC);
    }

    /** Plans {@code wanted} notes between sessions (none when not positive), over each client's time. */
    private void planNotesBetween(List<DemoNotes.Planned> plan, List<Long> ids, List<LocalDate> firstContacts,
            int wanted) {
        Random spread = new Random(seed * 15_485_863 + 11);
        for (int n = 0; n < wanted; n++) {
            int i = spread.nextInt(ids.size());
            long days = Math.max(1, firstContacts.get(i).until(today, ChronoUnit.DAYS));
            plan.add(new DemoNotes.Planned(ids.get(i), null, today.minusDays((long) (spread.nextDouble() * days))));
        }
    }

    /** Every client's work with her, in the order they came, from a random of its own. */
    private List<DemoStory> stories(List<LocalDate> firstContacts) {
        DemoSessions sessions = new DemoSessions(new Random(seed * 7919 + 17), new DemoDiary(seed), language, today,
                firstContacts.size(), YEARS, GROWTH);
        return firstContacts.stream().map(sessions::story).toList();
    }

    /** The recommendation source first, then the others in {@link #OTHER_SOURCES} order. */
    private static long[] sourceIds(List<Source> sources) {
        long[] ids = new long[1 + OTHER_SOURCES.length];
        for (Source s : sources) {
            if (Source.PERSONAL_RECOMMENDATION.equals(s.code())) {
                ids[0] = s.id();
            }
            for (int i = 0; i < OTHER_SOURCES.length; i++) {
                if (OTHER_SOURCES[i].equals(s.code())) {
                    ids[i + 1] = s.id();
                }
            }
        }
        return ids;
    }

    /**
     * First contacts over the years, oldest first, so referrals point back in time. A practice
     * grows by word of mouth, so recent years bring more clients than the first ones.
     */
    private List<LocalDate> firstContacts(int count) {
        List<LocalDate> dates = new ArrayList<>(count);
        int span = YEARS * 365;
        for (int i = 0; i < count; i++) {
            dates.add(today.minusDays((long) (span * Math.pow(random.nextDouble(), GROWTH))));
        }
        dates.sort(null);
        return dates;
    }

    private Client client(LocalDate firstContact, DemoStory story, long[] sourceIds, List<Long> earlier,
            List<Long> connectors) {
        boolean woman = random.nextInt(100) < 80;
        DemoPeople.Person person = people.next(woman);
        ClientStatus status = story.status();
        boolean recommended = random.nextInt(100) < 55;
        Long referrer = null;
        if (recommended && !earlier.isEmpty() && random.nextInt(100) < 85) {
            List<Long> pool = !connectors.isEmpty() && random.nextBoolean() ? connectors : earlier;
            referrer = pool.get(random.nextInt(pool.size()));
        }
        return new ClientBuilder()
                .name(person.name())
                .address(new AddressForm(person.addressName(), words.usesPatronymics() && random.nextInt(100) < 85))
                .contacts(contacts(person, woman))
                .birthDate(today.minusYears(22 + (random.nextInt(44) + random.nextInt(44)) / 2)
                        .minusDays(random.nextInt(365)))
                .sex(woman ? Sex.FEMALE : Sex.MALE)
                .city(pick(words.cities()))
                .occupation(random.nextInt(100) < 80 ? pick(words.occupations()) : "")
                .firstContact(firstContact)
                .sourceId(recommended ? sourceIds[0] : sourceIds[1 + weighted(OTHER_SOURCE_WEIGHTS)])
                .referredById(referrer)
                .request(random.nextInt(100) < 90 ? pick(words.requests()) : "")
                .goals(goals(status))
                .problems(problems())
                .format(story.format())
                .language(words.language())
                .consents(new Consents(firstContact, random.nextInt(100) < 85, random.nextInt(100) < 50,
                        status.endsWork() && random.nextInt(100) < 6))
                .status(status)
                .endReason(status.endsWork() && random.nextInt(100) < 70 ? pick(words.endReasons()) : "")
                .askNextTime(status == ClientStatus.ACTIVE && random.nextInt(100) < 40 ? pick(words.askNextTime()) : "")
                .build();
    }

    private ContactDetails contacts(DemoPeople.Person person, boolean woman) {
        List<String> phones = new ArrayList<>();
        phones.add(people.mobile());
        if (random.nextInt(100) < 12) {
            phones.add(people.landline());
        }
        String email = random.nextInt(100) < 60 ? person.emailLocalPart() + "@" + words.emailDomain() : "";
        String messenger = random.nextInt(100) < 40 ? "@" + person.emailLocalPart().replace('.', '_') : "";
        Channel preferred = switch (random.nextInt(5)) {
            case 0 -> Channel.CALL;
            case 1, 2 -> messenger.isEmpty() ? Channel.CALL : Channel.MESSAGE;
            case 3 -> email.isEmpty() ? null : Channel.EMAIL;
            default -> null;
        };
        return new ContactDetails(phones, email, messenger, preferred);
    }

    private List<Goal> goals(ClientStatus status) {
        int count = status == ClientStatus.ENQUIRY ? random.nextInt(2) : 1 + random.nextInt(3);
        List<Goal> goals = new ArrayList<>();
        List<String> texts = new ArrayList<>(words.goals());
        for (int i = 0; i < count; i++) {
            String text = texts.remove(random.nextInt(texts.size()));
            goals.add(new Goal(text, goalStatus(status)));
        }
        return goals;
    }

    private GoalStatus goalStatus(ClientStatus status) {
        return switch (status) {
            case ENQUIRY -> GoalStatus.SET;
            case ACTIVE, PAUSED -> random.nextBoolean() ? GoalStatus.IN_PROGRESS : GoalStatus.SET;
            case COMPLETED -> random.nextInt(100) < 80 ? GoalStatus.ACHIEVED : GoalStatus.IN_PROGRESS;
            default -> random.nextBoolean() ? GoalStatus.DROPPED : GoalStatus.IN_PROGRESS;
        };
    }

    private Set<ProblemTag> problems() {
        Set<ProblemTag> tags = EnumSet.noneOf(ProblemTag.class);
        ProblemTag[] all = ProblemTag.values();
        int count = 1 + random.nextInt(3);
        while (tags.size() < count) {
            tags.add(all[random.nextInt(all.length)]);
        }
        return tags;
    }

    private int weighted(int[] weights) {
        return DemoStatuses.weighted(random, weights);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
