package org.kabinet.logic.report;

import java.time.LocalDate;
import java.util.EnumSet;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;

/**
 * A hand-made practice for the practice report, written through the services; today is
 * 24 Nov 2026 (the test clock), so every status change is stamped that day.
 *
 * <pre>
 * client  first contact   source            referred by  sessions held            status (reason)
 * Olga    10 Jan 2025     website           —            1 Feb 2025, 15 Sep 2026  active (came back)
 * Anna    5 Feb 2026      recommendation    Olga         6 Feb 2026               completed "Goal reached"
 * Boris   20 Feb 2026     recommendation    Olga         —                        dropped out "Moved away"
 * Vera    3 Mar 2026      (none)            —            4 Mar, 1 Apr 2026        completed "goal reached"
 * Old     1 Jun 2024      website           —            —                        enquiry
 * </pre>
 */
public final class PracticeFixture {

    private final Practice practice;
    private int hour = 8;

    public PracticeFixture(Practice practice) {
        this.practice = practice;
    }

    public PracticeFixture write() {
        long website = practice.sources().all().stream().filter(s -> "website".equals(s.code())).findFirst()
                .orElseThrow().id();
        long recommendation = practice.sources().all().stream().filter(s -> "recommendation".equals(s.code()))
                .findFirst().orElseThrow().id();
        long olga = client("Olga", LocalDate.of(2025, 1, 10), website, null, ClientStatus.ACTIVE, "");
        held(olga, LocalDate.of(2025, 2, 1));
        held(olga, LocalDate.of(2026, 9, 15));
        long anna = client("Anna", LocalDate.of(2026, 2, 5), recommendation, olga, ClientStatus.COMPLETED,
                "Goal reached");
        held(anna, LocalDate.of(2026, 2, 6));
        client("Boris", LocalDate.of(2026, 2, 20), recommendation, olga, ClientStatus.DROPPED_OUT, "Moved away");
        long vera = client("Vera", LocalDate.of(2026, 3, 3), null, null, ClientStatus.COMPLETED, "goal reached");
        held(vera, LocalDate.of(2026, 3, 4));
        held(vera, LocalDate.of(2026, 4, 1));
        client("Old", LocalDate.of(2024, 6, 1), website, null, ClientStatus.ENQUIRY, "");
        return this;
    }

    private long client(String name, LocalDate first, Long source, Long referrer, ClientStatus status,
            String reason) {
        return practice.clients().save(ClientBuilders.minimal(name).firstContact(first).sourceId(source)
                .referredById(referrer).status(status).endReason(reason).build()).id();
    }

    private void held(long client, LocalDate day) {
        hour = hour >= 19 ? 8 : hour + 1;
        practice.sessions().save(new Session(0, client, day.atTime(hour, 0), 60, SessionFormat.IN_PERSON,
                SessionKind.SINGLE, SessionStatus.DONE, false, null, false, null, null),
                EnumSet.allOf(SessionWarning.Kind.class));
    }
}
