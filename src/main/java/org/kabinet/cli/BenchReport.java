package org.kabinet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabinet.bench.BenchFile;
import org.kabinet.bench.BenchResult;
import org.kabinet.bench.Measurement;
import org.kabinet.bench.Timing;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;

/** The benchmark's figures as a person reads them, or as one JSON object for a script (English keys). */
final class BenchReport {

    private final Messages messages;

    BenchReport(Messages messages) {
        this.messages = messages;
    }

    String text(BenchResult r) {
        List<String> lines = new ArrayList<>();
        BenchFile f = r.file();
        lines.add(messages.get("cli.bench.title", new DateFormats(messages.language()).format(r.at().toLocalDate()),
                r.at().toLocalTime().withNano(0).toString()));
        lines.add(messages.get("cli.bench.file", f.path().toAbsolutePath(), f.sizeMb(), f.clients(), f.sessions(),
                f.notes(), f.homework()));
        lines.add(messages.get("cli.bench.machine", r.machine().os(), r.machine().cpu(), r.machine().cpus(),
                r.machine().memoryGb(), r.machine().jdk()));
        lines.add(messages.get("cli.bench.runs", r.runs().quick(), r.runs().heavy(), r.runs().startups()));
        lines.add("");
        for (Measurement m : r.measurements()) {
            lines.add(messages.get("bench.op." + m.key()) + detail(m.key(), f));
            lines.add("    " + messages.get("cli.bench.kabinet") + ": " + figures(m.kabinet()));
            if (m.direct() != null) {
                lines.add("    " + messages.get("bench." + m.directKey()) + ": " + figures(m.direct()) + "  →  "
                        + messages.get("cli.bench.ratio", m.ratio()));
            }
        }
        if (r.startupSkipped() != null) {
            lines.add(messages.get("cli.bench.startupSkipped." + r.startupSkipped()));
        }
        lines.add("");
        if (r.peakMb() == 0) {
            lines.add(messages.get("cli.bench.memoryUnknown"));
        } else if (r.startupPeakMb() == 0) {
            lines.add(messages.get("cli.bench.memoryNoStartup", r.peakMb()));
        } else {
            lines.add(messages.get("cli.bench.memory", r.peakMb(), r.startupPeakMb()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** What exactly was timed, where the operation's name alone does not say. */
    private String detail(String key, BenchFile f) {
        return switch (key) {
            case "openClient" -> " " + messages.get("cli.bench.detail.openClient", f.busiestSessions(),
                    f.busiestYears());
            case "search" -> " " + messages.get("cli.bench.detail.search", f.queries().size());
            case "homeworkSheet" -> " " + messages.get("cli.bench.detail.homeworkSheet", f.sheetHomework().size());
            default -> "";
        };
    }

    private String figures(Timing t) {
        return messages.get("cli.bench.figures", t.medianMs(), t.p95Ms(), t.firstMs(), t.runs());
    }

    String json(BenchResult r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("at", r.at().withNano(0).toString());
        BenchFile f = r.file();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", f.path().toAbsolutePath().toString());
        file.put("sizeMb", round(f.sizeMb()));
        file.put("clients", f.clients());
        file.put("sessions", f.sessions());
        file.put("notes", f.notes());
        file.put("homework", f.homework());
        file.put("busiestClientSessions", f.busiestSessions());
        file.put("busiestClientYears", round(f.busiestYears()));
        map.put("file", file);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("os", r.machine().os());
        machine.put("cpu", r.machine().cpu());
        machine.put("cpus", r.machine().cpus());
        machine.put("memoryGb", round(r.machine().memoryGb()));
        machine.put("jdk", r.machine().jdk());
        map.put("machine", machine);
        Map<String, Object> runs = new LinkedHashMap<>();
        runs.put("quick", r.runs().quick());
        runs.put("heavy", r.runs().heavy());
        runs.put("startups", r.runs().startups());
        map.put("runs", runs);
        List<Map<String, Object>> operations = new ArrayList<>();
        for (Measurement m : r.measurements()) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("key", m.key());
            op.put("kabinet", timing(m.kabinet()));
            if (m.direct() != null) {
                Map<String, Object> direct = timing(m.direct());
                direct.put("what", m.directKey());
                op.put("direct", direct);
                op.put("ratio", round(m.ratio()));
            }
            operations.add(op);
        }
        map.put("operations", operations);
        map.put("startupSkipped", r.startupSkipped());
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("benchmark", round(r.peakMb()));
        memory.put("startup", round(r.startupPeakMb()));
        map.put("peakMemoryMb", memory);
        return VerifyCommand.json(map);
    }

    private static Map<String, Object> timing(Timing t) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("runs", t.runs());
        map.put("firstMs", round(t.firstMs()));
        map.put("medianMs", round(t.medianMs()));
        map.put("p95Ms", round(t.p95Ms()));
        map.put("maxMs", round(t.maxMs()));
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
