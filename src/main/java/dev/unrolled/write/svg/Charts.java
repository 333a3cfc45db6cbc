package dev.unrolled.write.svg;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Names;
import dev.unrolled.write.Numerals;
import dev.unrolled.write.Term;
import dev.unrolled.write.plain.Plain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The two charts of a run: the gates (f, i, C̃, o) per word, and the memory and hidden state (C, h) per word. Up to
 * four hidden units each unit gets its own line (gates told apart by colour and dash, units by marker shape); with
 * more units the charts become heatmaps.
 */
public final class Charts {
    /**
     * The most heatmap rows a printed picture has: 48 rows (175 mm tall at A4's print width, 180 mm at Letter's) fit on
     * a page below a heading. A heatmap with more is printed in parts of whole quantities; a picture taller than a page
     * was cut at the page's foot and went on at the next page's head, with the rows cut away still in its text.
     */
    public static final int PRINT_ROWS = 48;
    private static final int MAX_LINE_UNITS = 4;
    private static final String[] UNIT_MARKERS = {"circle", "square", "triangle", "diamond"};

    private final Trace trace;
    private final Numerals numerals;
    private final Names names;
    private final PictureText text;

    public Charts(Trace trace, PictureText text) {
        this.trace = trace;
        this.numerals = new Numerals(trace.arithmetic());
        this.names = new Names(trace.hiddenSize(), trace.example().features().size());
        this.text = text;
    }

    /** f, i, C̃ and o over the sentence. */
    public Picture gates() {
        return gates(Integer.MAX_VALUE).get(0);
    }

    /** f, i, C̃ and o over the sentence, as a heatmap in parts of at most {@code rows} rows if it is one. */
    public List<Picture> gates(int rows) {
        List<Quantityline> lines = new ArrayList<>();
        for (Gate gate : Gate.values()) {
            lines.add(new Quantityline(names.gate(gate, "t", ""), Style.of(gate), s -> s.gate(gate).value()));
        }
        return draw("chart-gates", text.gatesTitle(), lines, 1, rows);
    }

    /** C and h over the sentence. */
    public Picture states() {
        return states(Integer.MAX_VALUE).get(0);
    }

    /** C and h over the sentence, as a heatmap in parts of at most {@code rows} rows if it is one. */
    public List<Picture> states(int rows) {
        List<Quantityline> lines = List.of(
                new Quantityline(names.c("t", ""), Style.MEMORY, Step::c),
                new Quantityline(names.h("t", ""), Style.HIDDEN, Step::h));
        double largest = 1;
        for (Step step : trace.steps()) {
            for (Quantity q : step.c()) {
                largest = Math.max(largest, Math.abs(q.value().doubleValue()));
            }
        }
        return draw("chart-states", text.statesTitle(), lines, Math.ceil(largest * 2) / 2, rows);
    }

    /** A quantity drawn over time: its name (for time t), its style, and where its values are in a step. */
    private record Quantityline(Term.Name name, Style style, Function<Step, List<? extends Quantity>> values) {}

    /**
     * The chart of {@code lines}: one line chart, or one heatmap, or, when the heatmap would have more than
     * {@code most} rows, heatmaps of as many whole quantities as fit in that many rows (at least one each), titled
     * "(1/n)" to "(n/n)".
     */
    private List<Picture> draw(String id, String title, List<Quantityline> lines, double range, int most) {
        List<String> words = trace.tokens();
        int units = trace.hiddenSize();
        String description = PictureText.fill(text.chartDescription(), Map.of("sentence", trace.sentence().text()));
        if (units > MAX_LINE_UNITS) {
            List<List<Heatmap.Row>> parts = new ArrayList<>();
            for (Quantityline line : lines) {
                if (parts.isEmpty() || parts.get(parts.size() - 1).size() + units > most) {
                    parts.add(new ArrayList<>());
                }
                for (int j = 0; j < units; j++) {
                    parts.get(parts.size() - 1).add(heatmapRow(line, j));
                }
            }
            if (parts.size() == 1) {
                return List.of(Heatmap.draw(id, title, description, words, parts.get(0), range));
            }
            List<Picture> pictures = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                String part = " (" + (p + 1) + "/" + parts.size() + ")";
                pictures.add(Heatmap.draw(id + "-" + (p + 1), title + part, description, words, parts.get(p),
                        range));
            }
            return pictures;
        }
        List<LineChart.Series> series = new ArrayList<>();
        for (Quantityline line : lines) {
            for (int j = 0; j < units; j++) {
                series.add(series(line, j, units));
            }
        }
        return List.of(LineChart.draw(id, title, description, words, series, -range, range, range > 2 ? 1 : 0.5));
    }

    private LineChart.Series series(Quantityline line, int unit, int units) {
        String label = Plain.text(unitName(line.name(), unit, units));
        List<Double> values = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        for (Step step : trace.steps()) {
            Quantity q = line.values().apply(step).get(unit);
            values.add(numerals.displayed(q).doubleValue());
            tooltips.add(tooltip(line, unit, units, step, q));
        }
        String marker = units == 1 ? line.style().marker : UNIT_MARKERS[unit % UNIT_MARKERS.length];
        return new LineChart.Series(label, line.style(), marker, values, tooltips);
    }

    private Heatmap.Row heatmapRow(Quantityline line, int unit) {
        List<Double> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        for (Step step : trace.steps()) {
            Quantity q = line.values().apply(step).get(unit);
            values.add(numerals.displayed(q).doubleValue());
            shown.add(numerals.text(q));
            tooltips.add(tooltip(line, unit, trace.hiddenSize(), step, q));
        }
        return new Heatmap.Row(Plain.text(unitName(line.name(), unit, trace.hiddenSize())), values, shown, tooltips);
    }

    /** "f₂[1] = 0.881 (“keys”)". */
    private String tooltip(Quantityline line, int unit, int units, Step step, Quantity q) {
        Term.Name at = new Term.Name(line.name().base(), line.name().tilde(),
                line.name().subscript().replace("t", Names.time(step.t())), units > 1 ? Integer.toString(unit + 1) : "");
        return Plain.text(at) + " = " + numerals.text(q) + " (“" + step.token() + "”)";
    }

    private static Term.Name unitName(Term.Name name, int unit, int units) {
        return new Term.Name(name.base(), name.tilde(), name.subscript(), units > 1 ? Integer.toString(unit + 1) : "");
    }
}
