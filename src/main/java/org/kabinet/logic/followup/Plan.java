package org.kabinet.logic.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The call planner for one day: overdue (calls she planned for an earlier day), today (with every
 * suggestion whose reason has come), the rest of this week (to Sunday) and later, each the
 * earliest due first.
 */
public record Plan(LocalDate day, List<PlanRow> overdue, List<PlanRow> today, List<PlanRow> thisWeek,
        List<PlanRow> later) {

    public Plan {
        overdue = List.copyOf(overdue);
        today = List.copyOf(today);
        thisWeek = List.copyOf(thisWeek);
        later = List.copyOf(later);
    }

    /** How many calls are due: overdue and today (the number on the navigation). */
    public int due() {
        return overdue.size() + today.size();
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && today.isEmpty() && thisWeek.isEmpty() && later.isEmpty();
    }
}
