package org.kabinet.ui.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kabinet.logic.Practice;
import org.kabinet.logic.followup.Plan;
import org.kabinet.logic.followup.PlanRow;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The call planner's state: the plan for today, read in the background, and what she does with a
 * row (postpone, dismiss). Each action reads the plan again and tells {@code onDue} how many calls
 * are now due, for the number on the navigation. A read that finishes after a later one started is
 * dropped.
 */
public final class PlannerViewModel {

    private final Practice practice;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final IntConsumer onDue;
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private long generation;

    public PlannerViewModel(Practice practice, TaskExecutor executor, Consumer<Throwable> onError, IntConsumer onDue) {
        this.practice = practice;
        this.executor = executor;
        this.onError = onError;
        this.onDue = onDue;
    }

    /** Reads the plan for today; {@code then} runs once it is in {@link #plan()}. */
    public void load(Runnable then) {
        long mine = ++generation;
        executor.run(() -> practice.followUps().plan(practice.followUps().today()), read -> {
            if (mine != generation) {
                return;
            }
            plan.set(read);
            onDue.accept(read.due());
            then.run();
        }, onError);
    }

    public ReadOnlyObjectProperty<Plan> plan() {
        return plan.getReadOnlyProperty();
    }

    /** The day the plan was read for (today by the practice's clock before the first read). */
    public LocalDate day() {
        return plan.get() != null ? plan.get().day() : practice.followUps().today();
    }

    /** Every row in the order shown: overdue, today, this week, later. */
    public List<PlanRow> rows() {
        Plan p = plan.get();
        if (p == null) {
            return List.of();
        }
        List<PlanRow> all = new ArrayList<>(p.overdue());
        all.addAll(p.today());
        all.addAll(p.thisWeek());
        all.addAll(p.later());
        return all;
    }

    /** Tomorrow, for "postpone to tomorrow". */
    public LocalDate tomorrow() {
        return day().plusDays(1);
    }

    /** Next Monday (a week from today when today is Monday), for "postpone to next week". */
    public LocalDate nextWeek() {
        return day().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /**
     * Moves the row to {@code to}: a planned call is postponed, a suggestion becomes a call planned
     * for that day. Then reads the plan again.
     */
    public void postpone(PlanRow row, LocalDate to, Runnable then) {
        executor.run(() -> {
            if (row.isSuggestion()) {
                practice.followUps().postpone(row.client().id(), row.reasons(), to);
            } else {
                practice.followUps().postpone(row.followUp().id(), to);
            }
            return null;
        }, x -> load(then), onError);
    }

    /** Takes the row away: a suggestion is dismissed, a planned call cancelled. Then reads the plan again. */
    public void dismiss(PlanRow row, Runnable then) {
        executor.run(() -> {
            if (row.isSuggestion()) {
                practice.followUps().dismiss(row.client().id(), row.reasons());
            } else {
                practice.followUps().cancel(row.followUp().id());
            }
            return null;
        }, x -> load(then), onError);
    }

    /** The stable id of a row's node: by client for a suggestion, by follow-up for a planned call. */
    public static String rowId(PlanRow row) {
        return row.isSuggestion() ? "planRow" + row.client().id() : "planRow" + row.client().id() + "f"
                + row.followUp().id();
    }
}
