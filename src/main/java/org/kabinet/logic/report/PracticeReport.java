package org.kabinet.logic.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.PersonName;
import org.kabinet.model.Source;

/**
 * The practice over a period: new clients by source and month, who brought whom, who came back
 * after a long gap, and why work ended.
 *
 * @param months      every month of the period that had a new client, in order
 * @param sources     the sources new clients came from, in the practice's list order; null is "not said"
 * @param bySource    month → source id (null: not said) → new clients
 * @param referrers   clients who brought others, most first
 * @param returning   clients who came back after {@link #RETURN_MONTHS} months or more without a session
 * @param endings     for each ending status (in enum order), the reasons given, most first
 */
public record PracticeReport(ReportPeriod period, List<YearMonth> months, List<Source> sources,
        Map<YearMonth, Map<Long, Integer>> bySource, int newClients, List<Referrer> referrers,
        List<Returning> returning, Map<ClientStatus, List<Reason>> endings) {

    /** A gap this long without a session makes a session a return. */
    public static final int RETURN_MONTHS = 6;

    /** A client who brought {@code brought} in the period. */
    public record Referrer(long id, PersonName name, List<PersonName> brought) {
    }

    /** A client back on {@code day} after no session since {@code previous}. */
    public record Returning(long id, PersonName name, LocalDate day, LocalDate previous) {
    }

    /** A reason as written (the first spelling met), and how many gave it; "" when none was written. */
    public record Reason(String text, int count) {
    }

    /** New clients of a month from one source (null: not said). */
    public int count(YearMonth month, Source source) {
        Map<Long, Integer> month0 = bySource.getOrDefault(month, Map.of());
        Integer n = month0.get(source == null ? null : source.id());
        return n == null ? 0 : n;
    }

    /** Nothing at all happened in the period. */
    public boolean isEmpty() {
        return newClients == 0 && returning.isEmpty() && endings.isEmpty();
    }
}
