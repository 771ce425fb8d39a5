package org.kabinet.faults;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kabinet.logic.Practice;
import org.kabinet.logic.followup.LogContact;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Contact;
import org.kabinet.model.ContactDirection;
import org.kabinet.model.ContactOutcome;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * A numbered stream of edits, each one user action (one transaction) through the app's services:
 * step k of cycle c creates client "Fault c", then edits that card, writes a note and logs a call.
 * {@link #stepsPresent} reads back how many steps a file holds, and that they are a prefix.
 */
final class EditStream {

    static final String LAST_NAME = "Сбой";
    /** A few KB per note, so that a commit writes several pages and a kill can land inside one. */
    private static final String FILLER = " Клиентка рассказала о неделе, о разговоре с мамой и о работе.".repeat(60);

    private final Practice practice;
    private final Map<Integer, Long> clientByCycle = new HashMap<>();

    EditStream(Practice practice) {
        this.practice = practice;
    }

    /** Does step {@code k} (from 1) as one committed user action. */
    void step(int k) {
        int cycle = (k - 1) / 4;
        switch ((k - 1) % 4) {
            case 0 -> {
                Client saved = practice.clients().save(new ClientBuilder().name(LAST_NAME, "Fault" + cycle, "")
                        .request("запрос " + k + FILLER).build());
                clientByCycle.put(cycle, saved.id());
            }
            case 1 -> {
                Client card = practice.clients().load(clientByCycle.get(cycle)).orElseThrow();
                practice.clients().save(ClientBuilder.from(card).occupation("edit " + k).city("Тверь").build());
            }
            case 2 -> practice.notes().save(Note.draft(clientByCycle.get(cycle), null, TestClock.TODAY)
                    .withText(NoteText.free("note " + k + FILLER)));
            default -> practice.followUps().log(LogContact.of(new Contact(0, clientByCycle.get(cycle),
                    LocalDateTime.of(2026, 11, 24, 9, 0).plusMinutes(k), Channel.CALL, ContactDirection.OUTGOING,
                    "звонок", ContactOutcome.TALKED, "call " + k, null)));
        }
    }

    /**
     * How many steps {@code practice} holds: m such that steps 1..m are all there and nothing of any
     * later step is (counted exactly: clients, edits, notes and calls of the stream).
     *
     * @throws AssertionError when what is there is not such a prefix (a lost or a partial step)
     */
    static int stepsPresent(Practice practice) {
        List<ClientSummary> clients = practice.clients().list().stream()
                .filter(c -> LAST_NAME.equals(c.name().lastName())).toList();
        Map<Integer, Long> byCycle = new HashMap<>();
        for (ClientSummary c : clients) {
            int cycle = Integer.parseInt(c.name().firstName().substring("Fault".length()));
            if (byCycle.put(cycle, c.id()) != null) {
                throw new AssertionError("client of cycle " + cycle + " is there twice");
            }
        }
        int m = 0;
        int edits = 0;
        int notes = 0;
        int calls = 0;
        for (int k = 1; ; k++) {
            Long id = byCycle.get((k - 1) / 4);
            boolean there = id != null && there(practice, id, k);
            if (!there) {
                break;
            }
            m = k;
        }
        for (long id : byCycle.values()) {
            edits += practice.clients().load(id).orElseThrow().occupation().startsWith("edit ") ? 1 : 0;
            notes += practice.notes().forClient(id).size();
            calls += practice.followUps().contacts(id).size();
        }
        int[] expected = counts(m);
        int[] found = {byCycle.size(), edits, notes, calls};
        if (!java.util.Arrays.equals(expected, found)) {
            throw new AssertionError("steps 1.." + m + " are there, but also more: clients, edits, notes, calls = "
                    + java.util.Arrays.toString(found) + ", expected " + java.util.Arrays.toString(expected));
        }
        return m;
    }

    private static boolean there(Practice practice, long id, int k) {
        return switch ((k - 1) % 4) {
            case 0 -> true;
            case 1 -> ("edit " + k).equals(practice.clients().load(id).orElseThrow().occupation());
            case 2 -> practice.notes().forClient(id).stream().anyMatch(n -> n.text().body().startsWith("note " + k));
            default -> practice.followUps().contacts(id).stream().anyMatch(c -> c.note().equals("call " + k));
        };
    }

    /** Clients, edits, notes and calls the first m steps make. */
    private static int[] counts(int m) {
        int[] n = new int[4];
        for (int k = 1; k <= m; k++) {
            n[(k - 1) % 4]++;
        }
        return n;
    }
}
