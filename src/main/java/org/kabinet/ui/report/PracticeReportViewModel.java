package org.kabinet.ui.report;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kabinet.logic.report.PracticeReport;
import org.kabinet.logic.report.PracticeReportService;
import org.kabinet.logic.report.ReportPeriod;
import org.kabinet.ui.common.TaskExecutor;

/** The practice part of the report: the last report computed in the background for the period typed above. */
public final class PracticeReportViewModel {

    private final PracticeReportService service;
    private final TaskExecutor executor;
    private final Supplier<Optional<ReportPeriod>> period;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<PracticeReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);

    public PracticeReportViewModel(PracticeReportService service, TaskExecutor executor,
            Supplier<Optional<ReportPeriod>> period, Consumer<Throwable> onError) {
        this.service = service;
        this.executor = executor;
        this.period = period;
        this.onError = onError;
    }

    public ObjectProperty<PracticeReport> report() {
        return report;
    }

    public BooleanProperty working() {
        return working;
    }

    /** Computes the report for the period typed (nothing when the period is wrong: it is said above). */
    public void compute() {
        Optional<ReportPeriod> chosen = period.get();
        if (chosen.isEmpty()) {
            return;
        }
        working.set(true);
        executor.run(() -> service.report(chosen.get()), computed -> {
            working.set(false);
            report.set(computed);
        }, e -> {
            working.set(false);
            onError.accept(e);
        });
    }
}
