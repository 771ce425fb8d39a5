package org.kabinet.logic;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.Segment;
import org.kabinet.model.SuggestionRule;

/**
 * Which {@link Segment}s a client of the list falls in on a given day. Lapsed and former count
 * whole months since the last contact (the last session held, else the first contact), so a
 * client last seen on 24 May is lapsed from 24 November; a client with a session booked is
 * neither. The archive is never in a segment but its own.
 */
public record Segments(int lapsedMonths, int formerMonths, int archiveMonths) {

    /** The glossary's numbers: lapsed after 6 months, former after 12, archive suggested after 18. */
    public static final Segments DEFAULT = new Segments(6, 12, 18);

    public Segments {
        if (lapsedMonths < 1 || formerMonths < 1 || archiveMonths < 1) {
            throw new IllegalArgumentException("segment thresholds are whole months from one");
        }
    }

    /** Lapsed and former as she set them for the LAPSED suggestion rule; archiving at 18 months. */
    public static Segments of(FollowUpSettings settings) {
        int lapsed = settings.threshold(SuggestionRule.LAPSED, 0);
        int former = settings.threshold(SuggestionRule.LAPSED, 1);
        return new Segments(lapsed, Math.max(lapsed, former), DEFAULT.archiveMonths);
    }

    /** Whether {@code client} is in {@code segment} on {@code today}. */
    public boolean contains(Segment segment, ClientSummary client, LocalDate today) {
        ClientStatus status = client.status();
        return switch (segment) {
            case ACTIVE -> status == ClientStatus.ACTIVE;
            case IN_PROGRAM -> status != ClientStatus.ARCHIVED && client.progress() != null
                    && client.progress().status() == EnrolmentStatus.ACTIVE;
            case PAUSED -> status == ClientStatus.PAUSED;
            case LAPSED -> quietFor(client, today, lapsedMonths) && !quietFor(client, today, formerMonths);
            case FORMER -> quietFor(client, today, formerMonths);
            case TO_ARCHIVE -> quietFor(client, today, archiveMonths);
        };
    }

    /** How many of {@code clients} each segment holds. */
    public Map<Segment, Integer> counts(Collection<ClientSummary> clients, LocalDate today) {
        Map<Segment, Integer> counts = new EnumMap<>(Segment.class);
        for (Segment s : Segment.values()) {
            counts.put(s, 0);
        }
        for (ClientSummary c : clients) {
            for (Segment s : Segment.values()) {
                if (contains(s, c, today)) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Not archived, nothing booked, and the last contact at least {@code months} ago. */
    private static boolean quietFor(ClientSummary client, LocalDate today, int months) {
        LocalDate last = client.lastContact();
        return client.status() != ClientStatus.ARCHIVED && client.nextSession() == null && last != null
                && !last.isAfter(today.minusMonths(months));
    }
}
