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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One time step's LSTM cell, drawn with its values: the memory line across the top (C_{t−1} in, C_t out), the
 * forget gate's × and the input's + on it, the four gate boxes fed by [h_{t−1}; x_t] from below, and the way out
 * through tanh and the output gate's ×. Every wire is labelled with its value; the width of the kept memory, the
 * written memory and the shown output grows with the forget, input and output gate, so a reader sees at a glance
 * which way the step went.
 */
public final class CellDiagram {
    static final double WIDTH = 780;
    private static final int SHOWN_UNITS = 4;
    private static final int SHOWN_FEATURES = 6;
    private static final double LINE = 14;
    private static final double VALUE = 11.5;
    private static final double BOX_W = 96;
    private static final double BOX_H = 40;
    private static final double[] COLUMN = {170, 295, 420, 545};
    private static final double OUT_X = 660;

    private final Trace trace;
    private final Numerals numerals;
    private final Names names;
    private final PictureText text;

    public CellDiagram(Trace trace, PictureText text) {
        this.trace = trace;
        this.numerals = new Numerals(trace.arithmetic());
        this.names = new Names(trace.hiddenSize(), trace.example().features().size());
        this.text = text;
    }

    /** The diagram of {@code step}. */
    public Picture draw(Step step) {
        int lines = lineCount();
        double yC = 22 + lines * LINE;
        double yM = yC + 40;
        double yG = yM + 22 + lines * LINE;
        double yB = yG + BOX_H + 34;
        double height = yB + 20 + LINE + 10;
        SvgCanvas canvas = new SvgCanvas(WIDTH, height);
        String t = Names.time(step.t());
        String before = Names.time(step.t() - 1);

        // the cell's body
        canvas.rect(120, yC - 18, OUT_X + 40 - 120, yB - 10 - (yC - 18), "fill=\"#f4f6fb\" stroke=\"#c9d1e6\" rx=\"10\"");

        // the memory line: in, kept (width by f), written (width by i), out
        double forget = mean(step.gate(Gate.FORGET).value());
        double input = mean(step.gate(Gate.INPUT).value());
        double output = mean(step.gate(Gate.OUTPUT).value());
        double candidate = meanMagnitude(step.gate(Gate.CANDIDATE).value());
        String memory = "stroke=\"#222222\" stroke-width=\"2.5\"";
        canvas.line(10, yC, COLUMN[0] - 11, yC, memory);
        canvas.line(COLUMN[0] + 11, yC, mid() - 11, yC, Style.MEMORY.stroke(1 + 5 * forget, 0.35 + 0.65 * forget));
        canvas.line(mid() + 11, yC, WIDTH - 10, yC, memory);
        node(canvas, COLUMN[0], yC, "×");
        node(canvas, mid(), yC, "+");

        // the gates and their wires
        for (Gate gate : Gate.values()) {
            double x = COLUMN[gate.ordinal()];
            double value = gate == Gate.CANDIDATE ? candidate : mean(step.gate(gate).value());
            Style style = Style.of(gate);
            canvas.rect(x - BOX_W / 2, yG, BOX_W, BOX_H, "fill=\"#ffffff\" " + style.stroke(1.6, 1));
            canvas.text(new Label(gate == Gate.CANDIDATE ? "tanh" : "σ", x, yG + 16, 13, "middle", true), style.color);
            canvas.text(new Label(text.gateNames().get(gate.key()), x, yG + 32, 10, "middle", false), "#333333");
            String wire = style.stroke(1.2 + 2.8 * value, 0.35 + 0.65 * value);
            switch (gate) {
                case FORGET -> canvas.line(x, yG, x, yC + 11, wire);
                case INPUT -> canvas.polyline(List.of(new double[] {x, yG}, new double[] {x, yM},
                        new double[] {mid() - 11, yM}), wire);
                case CANDIDATE -> canvas.polyline(List.of(new double[] {x, yG}, new double[] {x, yM},
                        new double[] {mid() + 11, yM}), wire);
                case OUTPUT -> canvas.polyline(List.of(new double[] {x, yG}, new double[] {x, yM},
                        new double[] {OUT_X - 11, yM}), wire);
            }
            double top = gate == Gate.FORGET ? yC + 26 : yM + 18;
            labels(canvas, valueLines(step.gate(gate).value(), names.gate(gate, t, "")), x + 7, top, "start",
                    style.color);
        }

        // i ⊙ C̃ joins the memory (width by i); the memory leaves through tanh and the output gate (width by o)
        node(canvas, mid(), yM, "×");
        canvas.line(mid(), yM - 11, mid(), yC + 11, Style.INPUT.stroke(1 + 5 * input, 0.35 + 0.65 * input)
                .replace(Style.INPUT.dash, ""));
        canvas.line(OUT_X, yC, OUT_X, (yC + yM) / 2 - 9, memory);
        canvas.rect(OUT_X - 19, (yC + yM) / 2 - 9, 38, 18, "fill=\"#ffffff\" stroke=\"#222222\" rx=\"9\"");
        canvas.text(new Label("tanh", OUT_X, (yC + yM) / 2 + 4, 10, "middle", false), "#222222");
        canvas.line(OUT_X, (yC + yM) / 2 + 9, OUT_X, yM - 11, memory);
        node(canvas, OUT_X, yM, "×");
        canvas.line(OUT_X + 11, yM, WIDTH - 10, yM, Style.OUTPUT.stroke(1 + 5 * output, 0.35 + 0.65 * output)
                .replace(Style.OUTPUT.dash, ""));

        // [h_{t−1}; x_t] feeds every gate from below
        String bus = "stroke=\"#555555\" stroke-width=\"1.6\"";
        canvas.line(10, yB, COLUMN[3], yB, bus);
        for (double x : COLUMN) {
            canvas.line(x, yB, x, yG + BOX_H, bus);
        }
        canvas.line(70, height - 4, 70, yB, bus);

        labels(canvas, valueLines(step.cPrev(), names.c(before, "")), 10, yC - 8 - (lines - 1) * LINE, "start",
                "#222222");
        labels(canvas, valueLines(step.c(), names.c(t, "")), WIDTH - 10, yC - 8 - (lines - 1) * LINE, "end", "#222222");
        labels(canvas, valueLines(step.h(), names.h(t, "")), OUT_X + 18, yM + 18, "start", "#444444");
        labels(canvas, valueLines(step.hPrev(), names.h(before, "")), 10, yB - 8 - (lines - 1) * LINE, "start",
                "#444444");
        labels(canvas, List.of(Plain.text(names.x(t, "")) + " = " + features(step.x())), 78, yB + 18, "start",
                "#444444");

        String title = PictureText.fill(text.cellTitle(), Map.of("t", t, "token", step.token()));
        return canvas.finish("cell-" + step.t(), title, description(step));
    }

    private int lineCount() {
        int h = trace.hiddenSize();
        return Math.min(h, SHOWN_UNITS) + (h > SHOWN_UNITS ? 1 : 0);
    }

    private static double mid() {
        return (COLUMN[1] + COLUMN[2]) / 2;
    }

    private static void node(SvgCanvas canvas, double x, double y, String operator) {
        canvas.circle(x, y, 11, "fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"1.5\"");
        canvas.text(new Label(operator, x, y + 5, 14, "middle", true), "#222222");
    }

    private static void labels(SvgCanvas canvas, List<String> lines, double x, double top, String anchor,
                               String color) {
        for (int n = 0; n < lines.size(); n++) {
            canvas.text(new Label(lines.get(n), x, top + n * LINE, VALUE, anchor, false), color);
        }
    }

    /** "f₂ = 0.475", or one line per unit "f₂[1] = 0.881", at most four, then "… 8 units". */
    private List<String> valueLines(List<? extends Quantity> values, Term.Name name) {
        List<String> lines = new ArrayList<>();
        if (values.size() == 1) {
            lines.add(Plain.text(name) + " = " + numerals.text(values.get(0)));
            return lines;
        }
        for (int j = 0; j < Math.min(values.size(), SHOWN_UNITS); j++) {
            Term.Name unit = new Term.Name(name.base(), name.tilde(), name.subscript(), Integer.toString(j + 1));
            lines.add(Plain.text(unit) + " = " + numerals.text(values.get(j)));
        }
        if (values.size() > SHOWN_UNITS) {
            lines.add("… " + values.size());
        }
        return lines;
    }

    private String features(List<Quantity> x) {
        List<String> shown = new ArrayList<>();
        for (int k = 0; k < Math.min(x.size(), SHOWN_FEATURES); k++) {
            shown.add(numerals.text(x.get(k)));
        }
        if (x.size() > SHOWN_FEATURES) {
            shown.add("…");
        }
        return "[" + String.join(", ", shown) + "]";
    }

    private String description(Step step) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("t", Names.time(step.t()));
        values.put("token", step.token());
        values.put("x", vector(step.x()));
        values.put("hPrev", vector(step.hPrev()));
        values.put("cPrev", vector(step.cPrev()));
        values.put("f", vector(step.gate(Gate.FORGET).value()));
        values.put("i", vector(step.gate(Gate.INPUT).value()));
        values.put("candidate", vector(step.gate(Gate.CANDIDATE).value()));
        values.put("o", vector(step.gate(Gate.OUTPUT).value()));
        values.put("c", vector(step.c()));
        values.put("h", vector(step.h()));
        return PictureText.fill(text.cellDescription(), values);
    }

    private String vector(List<? extends Quantity> values) {
        if (values.size() == 1) {
            return numerals.text(values.get(0));
        }
        return "[" + String.join(", ", values.stream().map(numerals::text).toList()) + "]";
    }

    /** The mean of gate values in [0, 1], for drawing. */
    static double mean(List<? extends Quantity> values) {
        double sum = 0;
        for (Quantity q : values) {
            sum += q.value().doubleValue();
        }
        return Math.max(0, Math.min(1, sum / values.size()));
    }

    /** The mean magnitude of values in [−1, 1] (the candidate), for drawing. */
    static double meanMagnitude(List<? extends Quantity> values) {
        double sum = 0;
        for (Quantity q : values) {
            sum += Math.abs(q.value().doubleValue());
        }
        return Math.min(1, sum / values.size());
    }
}
