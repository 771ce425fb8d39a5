package org.kabinet.logic.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Source;
import org.kabinet.storage.PracticeReportQueries.Ending;
import org.kabinet.storage.PracticeReportQueries.HeldAfter;
import org.kabinet.storage.PracticeReportQueries.NewClient;

/** Turns the rows the practice report read into its figures; pure, so it is tested on hand-made rows. */
public final class PracticeReportCalculator {

    private PracticeReportCalculator() {
    }

    /**
     * @param sourceOrder the practice's sources in list order (a client's unknown source goes last)
     * @param newClients  clients who first came in the period
     * @param held        sessions held in the period after an earlier one
     * @param endings     every client whose work has ended (filtered here by the day it ended)
     */
    public static PracticeReport compute(ReportPeriod period, List<Source> sourceOrder, List<NewClient> newClients,
            List<HeldAfter> held, List<Ending> endings) {
        Map<YearMonth, Map<Long, Integer>> bySource = new TreeMap<>();
        Set<Long> known = new java.util.HashSet<>(sourceOrder.stream().map(Source::id).toList());
        Set<Long> used = new java.util.HashSet<>();
        boolean unknown = false;
        for (NewClient c : newClients) {
            Long source = c.sourceId() != null && known.contains(c.sourceId()) ? c.sourceId() : null;
            bySource.computeIfAbsent(YearMonth.from(c.day()), m -> new HashMap<>()).merge(source, 1, Integer::sum);
            if (source == null) {
                unknown = true;
            } else {
                used.add(source);
            }
        }
        List<Source> sources = new ArrayList<>(sourceOrder.stream().filter(s -> used.contains(s.id())).toList());
        if (unknown) {
            sources.add(null);
        }
        return new PracticeReport(period, List.copyOf(bySource.keySet()), java.util.Collections.unmodifiableList(sources),
                bySource, newClients.size(), referrers(newClients), returning(held), endings(period, endings));
    }

    private static List<PracticeReport.Referrer> referrers(List<NewClient> newClients) {
        Map<Long, PracticeReport.Referrer> byId = new LinkedHashMap<>();
        for (NewClient c : newClients) {
            if (c.referrerId() == null || c.referrerName() == null) {
                continue;
            }
            byId.computeIfAbsent(c.referrerId(), id -> new PracticeReport.Referrer(id, c.referrerName(),
                    new ArrayList<>())).brought().add(c.name());
        }
        return byId.values().stream()
                .map(r -> new PracticeReport.Referrer(r.id(), r.name(), List.copyOf(r.brought())))
                .sorted(Comparator.comparingInt((PracticeReport.Referrer r) -> -r.brought().size())
                        .thenComparing(r -> r.name().full()))
                .toList();
    }

    /** The first return of each client in the period: a session after six months or more without one. */
    private static List<PracticeReport.Returning> returning(List<HeldAfter> held) {
        Map<Long, PracticeReport.Returning> first = new LinkedHashMap<>();
        for (HeldAfter h : held) {
            if (!h.previous().isAfter(h.day().minusMonths(PracticeReport.RETURN_MONTHS))) {
                first.putIfAbsent(h.clientId(), new PracticeReport.Returning(h.clientId(), h.name(), h.day(),
                        h.previous()));
            }
        }
        return List.copyOf(first.values());
    }

    /**
     * Reasons grouped by status, spelled as first met, counted regardless of case and spaces.
     * An ending with no known day counts only in an all-time report.
     */
    private static Map<ClientStatus, List<PracticeReport.Reason>> endings(ReportPeriod period, List<Ending> endings) {
        Map<ClientStatus, Map<String, PracticeReport.Reason>> grouped = new EnumMap<>(ClientStatus.class);
        for (Ending e : endings) {
            boolean inPeriod = e.day() == null ? period.from() == null : period.contains(e.day());
            if (!inPeriod) {
                continue;
            }
            String text = e.reason() == null ? "" : e.reason().strip().replaceAll("\\s+", " ");
            String key = text.toLowerCase(Locale.ROOT);
            grouped.computeIfAbsent(e.status(), s -> new LinkedHashMap<>())
                    .merge(key, new PracticeReport.Reason(text, 1),
                            (a, b) -> new PracticeReport.Reason(a.text(), a.count() + 1));
        }
        Map<ClientStatus, List<PracticeReport.Reason>> result = new EnumMap<>(ClientStatus.class);
        grouped.forEach((status, reasons) -> result.put(status, reasons.values().stream()
                .sorted(Comparator.comparingInt((PracticeReport.Reason r) -> -r.count())
                        .thenComparing(r -> r.text().isEmpty() ? 1 : 0)
                        .thenComparing(PracticeReport.Reason::text))
                .toList()));
        return result;
    }
}
