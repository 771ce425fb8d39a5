package org.kabinet.logic.report;

import java.text.NumberFormat;
import org.kabinet.i18n.Messages;

/** The report's figures as text in the user's language, the same on the screen and the command line. */
public final class ReportFigures {

    private final Messages messages;

    public ReportFigures(Messages messages) {
        this.messages = messages;
    }

    /** "83%", or "—" when nobody was told. */
    public String share(ProgramReport report) {
        if (report.share().isEmpty()) {
            return messages.get("report.none");
        }
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        return percent.format(report.share().getAsDouble());
    }

    /** "14" or "10.5", or "—" when no enrolment has two lessons. */
    public String median(ProgramReport report) {
        return report.medianDaysBetweenLessons().isEmpty() ? messages.get("report.none")
                : messages.get("report.days", report.medianDaysBetweenLessons().getAsDouble());
    }
}
