package org.kabinet.ui.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.report.ProgramReport;
import org.kabinet.logic.report.ProgramReportService;
import org.kabinet.logic.report.ReportPeriod;
import org.kabinet.model.Program;
import org.kabinet.model.Text;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The report screen's state: the program, the period as typed, and the last report computed in
 * the background. A wrong date is said beside the fields; nothing is computed until it is right.
 */
public final class ProgramReportViewModel {

    private final ProgramReportService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final DateFormats dates;
    private final Consumer<Throwable> onError;

    private final ObservableList<Program> programs = FXCollections.observableArrayList();
    private final ObjectProperty<Program> program = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty periodError = new SimpleStringProperty("");
    private final ObjectProperty<ProgramReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final LongProperty tookMs = new SimpleLongProperty();
    private Runnable afterPeriodChosen = this::compute;

    public ProgramReportViewModel(ProgramReportService service, TaskExecutor executor, Messages messages,
            DateFormats dates, Consumer<Throwable> onError) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.dates = dates;
        this.onError = onError;
        setPeriod(ReportPeriod.lastTwelveMonths(service.today()));
    }

    public ObservableList<Program> programs() {
        return programs;
    }

    public ObjectProperty<Program> program() {
        return program;
    }

    public StringProperty from() {
        return from;
    }

    public StringProperty to() {
        return to;
    }

    public StringProperty periodError() {
        return periodError;
    }

    public ObjectProperty<ProgramReport> report() {
        return report;
    }

    public BooleanProperty working() {
        return working;
    }

    public LongProperty tookMs() {
        return tookMs;
    }

    /** Reads the programs (the Base first), then computes the report. */
    public void load() {
        Long keep = program.get() == null ? null : program.get().id();
        executor.run(service::programs, list -> {
            programs.setAll(list);
            Program choice = list.stream().filter(p -> keep != null && p.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            program.set(choice);
            compute();
        }, onError);
    }

    public void lastTwelveMonths() {
        choose(ReportPeriod.lastTwelveMonths(service.today()));
    }

    public void thisYear() {
        choose(ReportPeriod.thisYear(service.today()));
    }

    /** All time: the "from" field left empty. */
    public void allTime() {
        choose(ReportPeriod.allTime(service.today()));
    }

    private void choose(ReportPeriod period) {
        setPeriod(period);
        afterPeriodChosen.run();
    }

    /** What a quick period button computes: this program report, unless the screen shows the practice part. */
    public void setAfterPeriodChosen(Runnable then) {
        this.afterPeriodChosen = then;
    }

    private void setPeriod(ReportPeriod period) {
        from.set(dates.format(period.from()));
        to.set(dates.format(period.to()));
    }

    /** Computes the report for the program and the period typed, in the background. */
    public void compute() {
        Program p = program.get();
        Optional<ReportPeriod> period = period();
        if (p == null || period.isEmpty()) {
            return;
        }
        working.set(true);
        long started = System.nanoTime();
        executor.run(() -> service.report(p.id(), period.get()), computed -> {
            working.set(false);
            tookMs.set((System.nanoTime() - started) / 1_000_000);
            report.set(computed);
        }, e -> {
            working.set(false);
            onError.accept(e);
        });
    }

    /** The period typed; empty (with the reason in {@link #periodError}) when it is not one. */
    public Optional<ReportPeriod> period() {
        String fromText = Text.clean(from.get());
        String toText = Text.clean(to.get());
        Optional<LocalDate> first = fromText.isEmpty() ? Optional.empty() : dates.parse(fromText);
        Optional<LocalDate> last = toText.isEmpty() ? Optional.of(service.today()) : dates.parse(toText);
        if ((!fromText.isEmpty() && first.isEmpty()) || last.isEmpty()) {
            periodError.set(messages.get("report.error.date", dates.hint()));
            return Optional.empty();
        }
        if (first.isPresent() && first.get().isAfter(last.get())) {
            periodError.set(messages.get("report.error.period"));
            return Optional.empty();
        }
        periodError.set("");
        return Optional.of(new ReportPeriod(first.orElse(null), last.get()));
    }
}
