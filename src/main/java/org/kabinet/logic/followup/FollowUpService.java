package org.kabinet.logic.followup;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.logic.ClientGoneException;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.SessionService;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Consents;
import org.kabinet.model.Contact;
import org.kabinet.model.ContactOutcome;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpFacts;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.Suggestion;
import org.kabinet.model.SuggestionReason;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/**
 * Follow-up calls: the planner (planned calls and the rules' suggestions), logging how a contact
 * went (with a session booked or the next call planned in the same step), postponing, dismissing,
 * and the rules' settings. Each method is one transaction; call from a background thread.
 */
public final class FollowUpService {

    private static final Logger LOG = Logger.getLogger(FollowUpService.class.getName());

    private final Database db;
    private final Clock clock;
    private final SessionService sessions;

    public FollowUpService(Database db, Clock clock, SessionService sessions) {
        this.db = db;
        this.clock = clock;
        this.sessions = sessions;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FollowUpSettings settings() {
        return db.read(tx -> tx.meta().followUpSettings());
    }

    public void saveSettings(FollowUpSettings settings) {
        db.write(tx -> {
            tx.meta().putFollowUpSettings(settings);
            return null;
        });
        LOG.info("saved the follow-up rules");
    }

    /** The planner for {@code day}: planned calls and suggestions, in four groups. */
    public Plan plan(LocalDate day) {
        return db.read(tx -> plan(tx, day));
    }

    /** Only the rules' suggestions for {@code day}, by client (for the command line and tests). */
    public List<Suggestion> suggestions(LocalDate day) {
        return db.read(tx -> suggestions(tx, day));
    }

    private static List<Suggestion> suggestions(Transaction tx, LocalDate day) {
        SuggestionRules rules = new SuggestionRules(tx.meta().followUpSettings());
        List<Suggestion> found = new ArrayList<>();
        for (FollowUpFacts f : tx.followUpFacts().all(day)) {
            rules.suggest(f, day).ifPresent(found::add);
        }
        return found;
    }

    private static Plan plan(Transaction tx, LocalDate day) {
        Map<Long, ClientSummary> clients = new HashMap<>();
        tx.clients().summaries().forEach(c -> clients.put(c.id(), c));
        Map<Long, Channel> preferred = tx.followUpFacts().preferredChannels();
        Map<Long, Contact> lastContacts = new HashMap<>();
        tx.contacts().latestOfEach().forEach(c -> lastContacts.put(c.clientId(), c));
        List<PlanRow> rows = new ArrayList<>();
        for (FollowUp f : tx.followUps().open()) {
            ClientSummary c = clients.get(f.clientId());
            if (c != null) {
                rows.add(new PlanRow(c, preferred.get(c.id()), lastContacts.get(c.id()), f, List.of(), f.due()));
            }
        }
        for (Suggestion s : suggestions(tx, day)) {
            ClientSummary c = clients.get(s.clientId());
            // A suggestion is news today, not a call she let slip: it is due today at the earliest.
            LocalDate due = s.due().isBefore(day) ? day : s.due();
            rows.add(new PlanRow(c, preferred.get(c.id()), lastContacts.get(c.id()), null, s.reasons(), due));
        }
        rows.sort(Comparator.comparing(PlanRow::due).thenComparing(r -> r.client().name().full()));
        LocalDate sunday = day.with(DayOfWeek.SUNDAY);
        List<PlanRow> overdue = new ArrayList<>();
        List<PlanRow> today = new ArrayList<>();
        List<PlanRow> week = new ArrayList<>();
        List<PlanRow> later = new ArrayList<>();
        for (PlanRow r : rows) {
            (r.due().isBefore(day) ? overdue : r.due().equals(day) ? today : !r.due().isAfter(sunday) ? week : later)
                    .add(r);
        }
        return new Plan(day, overdue, today, week, later);
    }

    /** Plans a call. */
    public FollowUp plan(FollowUp followUp) {
        check(followUp);
        FollowUp saved = db.write(tx -> {
            requireClient(tx, followUp.clientId());
            return tx.followUps().insert(followUp);
        });
        LOG.info(() -> "planned follow-up " + saved.id() + " for client " + saved.clientId());
        return saved;
    }

    private static void check(FollowUp f) {
        if (f.due() == null) {
            throw new RuleException("followUp.error.due");
        }
        if (f.rule() == null && f.reason().isEmpty()) {
            throw new RuleException("followUp.error.reason");
        }
    }

    /**
     * Logs a contact and what follows, in one transaction: the planned call it settles is done,
     * the session booked on it is saved (warned about as any booking), the next call is planned, and
     * "asked not to be contacted" marks the card. If any part is refused, nothing is saved.
     */
    public Contact log(LogContact request) {
        if (request.contact().at() == null || request.contact().outcome() == null) {
            throw new RuleException("contact.error.incomplete");
        }
        if (request.next() != null) {
            check(request.next());
        }
        Contact saved = db.write(tx -> {
            Client client = requireClient(tx, request.contact().clientId());
            Contact contact = tx.contacts().insert(request.contact());
            Long followUpId = contact.followUpId();
            if (followUpId != null) {
                tx.followUps().find(followUpId).filter(f -> f.status().isOpen())
                        .ifPresent(f -> tx.followUps().update(f.withStatus(FollowUpStatus.DONE)));
            }
            if (request.book() != null) {
                sessions.saveIn(tx, request.book(), request.accepted());
            }
            if (request.next() != null) {
                tx.followUps().insert(request.next());
            }
            if (contact.outcome() == ContactOutcome.DO_NOT_CONTACT && !client.consents().doNotContact()) {
                Consents c = client.consents();
                tx.clients().update(ClientBuilder.from(client)
                        .consents(new Consents(c.dataProcessingDate(), c.sessionMessages(), c.birthdayGreetings(), true))
                        .build());
            }
            return contact;
        });
        LOG.info(() -> "logged contact " + saved.id() + " with client " + saved.clientId());
        return saved;
    }

    /** Moves a planned call to another day. */
    public FollowUp postpone(long followUpId, LocalDate to) {
        FollowUp moved = db.write(tx -> {
            FollowUp f = tx.followUps().find(followUpId).orElseThrow(() -> new RuleException("storage.followUpGone"));
            FollowUp postponed = f.postponedTo(to);
            tx.followUps().update(postponed);
            return postponed;
        });
        LOG.info(() -> "postponed follow-up " + followUpId);
        return moved;
    }

    /**
     * Postpones a suggestion: it becomes a call planned for {@code to}, for the reason of its first
     * rule (so it leaves the suggestions and comes back on that day).
     */
    public FollowUp postpone(long clientId, List<SuggestionReason> reasons, LocalDate to) {
        SuggestionReason first = reasons.get(0);
        return plan(new FollowUp(0, clientId, to, first.rule(), "", "", FollowUpStatus.POSTPONED));
    }

    /** Cancels a planned call. */
    public void cancel(long followUpId) {
        db.write(tx -> {
            tx.followUps().find(followUpId).ifPresent(f -> tx.followUps().update(f.withStatus(FollowUpStatus.CANCELLED)));
            return null;
        });
        LOG.info(() -> "cancelled follow-up " + followUpId);
    }

    /** Dismisses a suggestion: each of its reasons stays away until something new happens for the client. */
    public void dismiss(long clientId, List<SuggestionReason> reasons) {
        db.write(tx -> {
            for (SuggestionReason r : reasons) {
                tx.followUps().dismiss(clientId, r.rule(), r.occasion());
            }
            return null;
        });
        LOG.info(() -> "dismissed a suggestion for client " + clientId);
    }

    /** A client's contact log, the latest first. */
    public List<Contact> contacts(long clientId) {
        return db.read(tx -> tx.contacts().forClient(clientId));
    }

    /** A client's follow-ups, the latest due first. */
    public List<FollowUp> followUps(long clientId) {
        return db.read(tx -> tx.followUps().forClient(clientId));
    }

    /** Deletes a contact logged by mistake. */
    public void deleteContact(long contactId) {
        db.write(tx -> {
            tx.contacts().delete(contactId);
            return null;
        });
    }

    /** The open follow-up of a client, if she planned one. */
    public Optional<FollowUp> openFor(long clientId) {
        return followUps(clientId).stream().filter(f -> f.status().isOpen()).findFirst();
    }

    private static Client requireClient(Transaction tx, long clientId) {
        return tx.clients().find(clientId).orElseThrow(() -> new ClientGoneException(clientId));
    }
}
