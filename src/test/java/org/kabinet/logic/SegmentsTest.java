package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.PersonName;
import org.kabinet.model.ProgressBadge;
import org.kabinet.model.RuleSetting;
import org.kabinet.model.Segment;
import org.kabinet.model.SuggestionRule;

/** The client list's segments on a fixed day, Tuesday 24 November 2026. */
class SegmentsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final Segments segments = Segments.DEFAULT;

    private static ClientSummary client(ClientStatus status, LocalDate lastSession, LocalDate firstContact,
            boolean booked, ProgressBadge progress) {
        return new ClientSummary(1, new PersonName("", "A", ""), "", "", "", status, null, null, firstContact,
                lastSession, booked ? TODAY.plusDays(3).atTime(10, 0) : null, progress);
    }

    private static ClientSummary lastSeen(LocalDate day) {
        return client(ClientStatus.COMPLETED, day, null, false, null);
    }

    @Test
    void contains_lastSessionExactlySixMonthsAgo_isLapsed() {
        assertThat(segments.contains(Segment.LAPSED, lastSeen(LocalDate.of(2026, 5, 24)), TODAY)).isTrue();
        assertThat(segments.contains(Segment.LAPSED, lastSeen(LocalDate.of(2026, 5, 25)), TODAY)).isFalse();
    }

    @Test
    void contains_exactlyTwelveMonths_isFormerAndNoLongerLapsed() {
        ClientSummary year = lastSeen(LocalDate.of(2025, 11, 24));
        assertThat(segments.contains(Segment.FORMER, year, TODAY)).isTrue();
        assertThat(segments.contains(Segment.LAPSED, year, TODAY)).isFalse();
        assertThat(segments.contains(Segment.FORMER, lastSeen(LocalDate.of(2025, 11, 25)), TODAY)).isFalse();
    }

    @Test
    void contains_eighteenMonthsWithoutContact_isToArchiveAndFormer() {
        ClientSummary old = lastSeen(LocalDate.of(2025, 5, 24));
        assertThat(segments.contains(Segment.TO_ARCHIVE, old, TODAY)).isTrue();
        assertThat(segments.contains(Segment.FORMER, old, TODAY)).isTrue();
        assertThat(segments.contains(Segment.TO_ARCHIVE, lastSeen(LocalDate.of(2025, 5, 25)), TODAY)).isFalse();
    }

    @Test
    void contains_neverHadASession_countsFromTheFirstContact() {
        ClientSummary enquiry = client(ClientStatus.ENQUIRY, null, LocalDate.of(2026, 4, 1), false, null);
        assertThat(segments.contains(Segment.LAPSED, enquiry, TODAY)).isTrue();
        ClientSummary nothingKnown = client(ClientStatus.ENQUIRY, null, null, false, null);
        assertThat(Segments.DEFAULT.counts(List.of(nothingKnown), TODAY).values()).containsOnly(0);
    }

    @Test
    void contains_sessionBookedOrArchived_isNeverLapsed() {
        LocalDate old = LocalDate.of(2024, 1, 1);
        assertThat(segments.contains(Segment.LAPSED, client(ClientStatus.PAUSED, LocalDate.of(2026, 3, 1), null,
                true, null), TODAY)).isFalse();
        assertThat(segments.contains(Segment.TO_ARCHIVE, client(ClientStatus.ARCHIVED, old, null, false, null),
                TODAY)).isFalse();
    }

    @Test
    void contains_activeProgressInAProgram_isInAProgram_pausedEnrolmentIsNot() {
        ProgressBadge active = new ProgressBadge("base", "", 7, 15, EnrolmentStatus.ACTIVE);
        ProgressBadge paused = new ProgressBadge("base", "", 7, 15, EnrolmentStatus.PAUSED);
        ClientSummary learning = client(ClientStatus.ACTIVE, TODAY.minusDays(3), null, true, active);
        assertThat(segments.contains(Segment.IN_PROGRAM, learning, TODAY)).isTrue();
        assertThat(segments.contains(Segment.ACTIVE, learning, TODAY)).isTrue();
        ClientSummary resting = client(ClientStatus.PAUSED, TODAY.minusDays(40), null, false, paused);
        assertThat(segments.contains(Segment.IN_PROGRAM, resting, TODAY)).isFalse();
        assertThat(segments.contains(Segment.PAUSED, resting, TODAY)).isTrue();
    }

    @Test
    void of_lapsedRuleChangedInSettings_followsItsMonths() {
        FollowUpSettings settings = FollowUpSettings.DEFAULT.with(SuggestionRule.LAPSED,
                new RuleSetting(true, List.of(4, 9)));
        Segments mine = Segments.of(settings);
        assertThat(mine).isEqualTo(new Segments(4, 9, 18));
        assertThat(mine.contains(Segment.LAPSED, lastSeen(LocalDate.of(2026, 7, 24)), TODAY)).isTrue();
        assertThat(mine.contains(Segment.FORMER, lastSeen(LocalDate.of(2026, 2, 24)), TODAY)).isTrue();
    }

    @Test
    void counts_mixedList_countsEachSegment() {
        List<ClientSummary> list = List.of(lastSeen(LocalDate.of(2026, 5, 1)), lastSeen(LocalDate.of(2024, 1, 1)),
                client(ClientStatus.ACTIVE, TODAY.minusDays(2), null, true, null));
        var counts = segments.counts(list, TODAY);
        assertThat(counts.get(Segment.LAPSED)).isEqualTo(1);
        assertThat(counts.get(Segment.FORMER)).isEqualTo(1);
        assertThat(counts.get(Segment.TO_ARCHIVE)).isEqualTo(1);
        assertThat(counts.get(Segment.ACTIVE)).isEqualTo(1);
        assertThat(counts.get(Segment.PAUSED)).isZero();
    }
}
