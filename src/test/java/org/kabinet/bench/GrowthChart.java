package org.kabinet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How each operation grows with the practice: reads the JSON of {@code bench} runs on files of
 * different sizes (arguments: the JSON files, smallest first; the last argument ending in .svg is
 * where the chart goes) and prints a markdown table of medians and 95th percentiles, and writes a
 * line chart (logarithmic time axis) as SVG. Run by {@code bench/run.sh --growth}.
 */
public final class GrowthChart {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 250;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;

    /** The operations' names in the chart's legend. */
    private static final Map<String, String> NAMES = Map.of("startup", "start-up", "openClient", "open a client",
            "search", "search", "planner", "call planner", "programReport", "program report", "homeworkSheet",
            "homework sheet", "backup", "backup", "export", "export (JSON)");

    private GrowthChart() {
    }

    public static void main(String[] args) throws Exception {
        List<JsonNode> runs = new ArrayList<>();
        Path svg = null;
        for (String arg : args) {
            if (arg.endsWith(".svg")) {
                svg = Path.of(arg);
            } else {
                runs.add(new ObjectMapper().readTree(Path.of(arg).toFile()));
            }
        }
        // operation key -> median per run (NaN where the run did not measure it)
        Map<String, double[]> medians = new LinkedHashMap<>();
        Map<String, double[]> p95s = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (JsonNode op : runs.get(i).get("operations")) {
                String key = op.get("key").asText();
                medians.computeIfAbsent(key, k -> nans(runs.size()))[i] = op.at("/kabinet/medianMs").asDouble();
                p95s.computeIfAbsent(key, k -> nans(runs.size()))[i] = op.at("/kabinet/p95Ms").asDouble();
            }
        }
        StringBuilder table = new StringBuilder("| operation |");
        for (JsonNode run : runs) {
            table.append(String.format(Locale.ROOT, " %,d clients |", run.at("/file/clients").asLong()));
        }
        table.append("\n|---|").append("---:|".repeat(runs.size())).append('\n');
        for (String key : medians.keySet()) {
            table.append("| ").append(NAMES.getOrDefault(key, key)).append(" |");
            for (int i = 0; i < runs.size(); i++) {
                double m = medians.get(key)[i];
                table.append(Double.isNaN(m) ? " — |" : String.format(Locale.ROOT, " %s (p95 %s) |", ms(m),
                        ms(p95s.get(key)[i])));
            }
            table.append('\n');
        }
        System.out.print(table);
        if (svg != null) {
            Files.writeString(svg, chart(runs, medians), StandardCharsets.UTF_8);
        }
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static String ms(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** Clients on a logarithmic x axis, milliseconds on a logarithmic y axis, one line per operation. */
    private static String chart(List<JsonNode> runs, Map<String, double[]> medians) {
        double[] clients = runs.stream().mapToDouble(r -> r.at("/file/clients").asDouble()).toArray();
        double low = Math.log10(medians.values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v) && v > 0).min().orElse(1));
        double high = Math.log10(medians.values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v)).max().orElse(10));
        low = Math.floor(low);
        high = Math.ceil(high);
        double xMin = Math.log10(clients[0]);
        double xMax = Math.log10(clients[clients.length - 1]);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='DejaVu Sans, sans-serif' font-size='12'>%n", WIDTH, HEIGHT));
        s.append("<rect width='100%' height='100%' fill='white'/>\n");
        for (int decade = (int) low; decade <= high; decade++) {
            double y = TOP + plotH - (decade - low) / (high - low) * plotH;
            s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>%n", LEFT, y,
                    LEFT + plotW, y));
            s.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end'>%s</text>%n", LEFT - 6,
                    y + 4, ms(Math.pow(10, decade))));
        }
        for (double c : clients) {
            double x = LEFT + (Math.log10(c) - xMin) / (xMax - xMin) * plotW;
            s.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#ddd'/>%n", x, TOP,
                    x, TOP + plotH));
            s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%,.0f</text>%n", x,
                    TOP + plotH + 18, c));
        }
        s.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>clients (log scale)</text>%n",
                LEFT + plotW / 2, HEIGHT - 10));
        s.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>median, ms (log scale)</text>%n", 8, 18));
        int colour = 0;
        int legendY = TOP + 10;
        for (Map.Entry<String, double[]> e : medians.entrySet()) {
            String c = COLOURS[colour++ % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < clients.length; i++) {
                double v = e.getValue()[i];
                if (Double.isNaN(v) || v <= 0) {
                    continue;
                }
                double x = LEFT + (Math.log10(clients[i]) - xMin) / (xMax - xMin) * plotW;
                double y = TOP + plotH - (Math.log10(v) - low) / (high - low) * plotH;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3' fill='%s'/>%n", x, y, c));
            }
            s.append(String.format(Locale.ROOT, "<polyline points='%s' fill='none' stroke='%s' stroke-width='2'/>%n",
                    points.toString().strip(), c));
            s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='3'/>"
                    + "<text x='%d' y='%d'>%s</text>%n", LEFT + plotW + 15, legendY, LEFT + plotW + 35, legendY, c,
                    LEFT + plotW + 40, legendY + 4, NAMES.getOrDefault(e.getKey(), e.getKey())));
            legendY += 20;
        }
        return s.append("</svg>\n").toString();
    }
}
