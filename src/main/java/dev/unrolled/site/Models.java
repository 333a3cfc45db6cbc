package dev.unrolled.site;

import dev.unrolled.example.Example;
import dev.unrolled.example.Gate;
import dev.unrolled.reading.GateSummary;
import dev.unrolled.reading.RunSummary;
import dev.unrolled.reading.StepReading;
import dev.unrolled.trace.GateStep;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Names;
import dev.unrolled.write.Numerals;
import dev.unrolled.write.plain.Plain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the article templates see, every number already formatted as the page shows it. Documented for authors
 * in {@code templates/README.md}.
 */
public final class Models {
    private Models() {}

    /** The example; {@code h0} and {@code c0} are the initial state as shown ("0" or "[0.1, −0.2]"). */
    public record ExampleModel(String id, String title, List<String> features, int hiddenSize, int featureCount,
                               int inputSize, List<WordModel> vocabulary, List<GateModel> gates, String h0,
                               String c0) {}

    public record WordModel(String word, List<String> vector) {}

    /** One gate's parameters: its key (forget…), letter (f, i, C, o), W by rows and b. */
    public record GateModel(String key, String letter, List<List<String>> w, List<String> b) {}

    public record SentenceModel(String id, String text, List<String> tokens) {}

    /**
     * @param drift   in hand mode, the largest difference between the page's values and exact arithmetic; else ""
     * @param driftAt the quantity where it occurs, in plain notation (e.g. "h₃"); else ""
     */
    public record RunModel(String mode, boolean hand, int decimals, String drift, String driftAt, boolean expandAll,
                           int expandLimit, List<Integer> units) {}

    /** One gate at one step, every unit: z and value. */
    public record GateValues(String key, List<String> z, List<String> value) {}

    /**
     * One step. {@code x} lists the word's features as shown; {@code values} holds each vector as shown ("0.026" or "[0.1, −0.2]") under x, hPrev, cPrev, concat,
     * forget, input, candidate, output, c, tanhC and h; {@code gates} the per-unit values of each gate.
     */
    public record StepModel(int t, String token, String previousToken, Step raw, List<String> x,
                            Map<String, String> values, List<GateValues> gates, ReadingModel reading) {}

    /**
     * What the step's reading says. {@code memory} is grew, faded, steady or flipped; {@code unit} is 1-based and 0
     * for a single unit; {@code hadMemory} is false when the old memory shows as zero; {@code keptPercent} is f as a whole percentage.
     */
    public record ReadingModel(String dominant, String dominantValue, String memory, int unit, boolean hadMemory,
                               String before,
                               String after, String change, String changeSize, String forget, String keptPercent,
                               String input, String candidate, String output, String kept, String written,
                               String hidden) {}

    public record GateSummaryModel(String key, String mean, boolean meanAboveHalf, String min, String minToken,
                                   int minStep, String max, String maxToken, int maxStep) {}

    /** The closing facts; {@code erased} says whether any forget gate removed a visible amount. */
    public record SummaryModel(List<GateSummaryModel> gates, int biggestWriteStep, String biggestWriteToken,
                               String biggestWrite, boolean erased, int biggestForgetStep, String biggestForgetToken,
                               String biggestForget, String finalC, String finalH) {}

    static ExampleModel example(Example example, Trace trace, String language) {
        Numerals numerals = new Numerals(trace.arithmetic());
        List<WordModel> words = new ArrayList<>();
        example.vocabulary().forEach((word, vector) -> words.add(new WordModel(word,
                vector.stream().map(v -> Numerals.text(Numerals.numeral(v.stripTrailingZeros()))).toList())));
        List<GateModel> gates = new ArrayList<>();
        for (Gate gate : Gate.values()) {
            List<List<String>> w = trace.parameters().w().get(gate).stream()
                    .map(row -> row.stream().map(numerals::text).toList()).toList();
            gates.add(new GateModel(gate.key(), Names.letter(gate), w,
                    trace.parameters().b().get(gate).stream().map(numerals::text).toList()));
        }
        return new ExampleModel(example.id(), example.title(language), example.featureLabels(language),
                example.hiddenSize(), example.features().size(), example.inputSize(), words, gates,
                vector(numerals, trace.parameters().h0()), vector(numerals, trace.parameters().c0()));
    }

    static RunModel run(Article article, Formulas formulas) {
        Trace trace = article.trace();
        String drift = article.drift().map(d -> d.largest().round(new java.math.MathContext(2)).stripTrailingZeros()
                .toPlainString()).orElse("");
        Names names = new Names(trace.hiddenSize(), trace.example().features().size());
        String driftAt = article.drift().map(d -> Plain.text(names.of(d.where()))).orElse("");
        return new RunModel(trace.arithmetic().mode().key(), article.drift().isPresent(),
                trace.arithmetic().decimals(), drift, driftAt, formulas.expandAll(), Formulas.EXPAND_LIMIT,
                formulas.units());
    }

    static List<StepModel> steps(Article article) {
        Trace trace = article.trace();
        Numerals numerals = new Numerals(trace.arithmetic());
        List<StepModel> steps = new ArrayList<>();
        for (Step step : trace.steps()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("x", vector(numerals, step.x()));
            values.put("hPrev", vector(numerals, step.hPrev()));
            values.put("cPrev", vector(numerals, step.cPrev()));
            values.put("concat", vector(numerals, step.concat()));
            List<GateValues> gates = new ArrayList<>();
            for (Gate gate : Gate.values()) {
                GateStep g = step.gate(gate);
                values.put(gate.key(), vector(numerals, g.value()));
                gates.add(new GateValues(gate.key(), g.z().stream().map(numerals::text).toList(),
                        g.value().stream().map(numerals::text).toList()));
            }
            values.put("c", vector(numerals, step.c()));
            values.put("tanhC", vector(numerals, step.tanhC()));
            values.put("h", vector(numerals, step.h()));
            String previous = step.t() > 0 ? trace.tokens().get(step.t() - 1) : "";
            steps.add(new StepModel(step.t(), step.token(), previous, step,
                    step.x().stream().map(numerals::text).toList(), values, gates,
                    reading(article.summary().steps().get(step.t()), trace)));
        }
        return steps;
    }

    static SummaryModel summary(Article article) {
        RunSummary summary = article.summary();
        Trace trace = article.trace();
        int decimals = trace.arithmetic().decimals();
        Numerals numerals = new Numerals(trace.arithmetic());
        List<GateSummaryModel> gates = new ArrayList<>();
        for (GateSummary g : summary.gates()) {
            gates.add(new GateSummaryModel(g.gate().key(), fixed(g.mean(), decimals),
                    g.mean().compareTo(new BigDecimal("0.5")) > 0, fixed(g.min(), decimals),
                    trace.tokens().get(g.minStep()), g.minStep(), fixed(g.max(), decimals),
                    trace.tokens().get(g.maxStep()), g.maxStep()));
        }
        Step last = trace.steps().get(trace.steps().size() - 1);
        return new SummaryModel(gates, summary.biggestWriteStep(), trace.tokens().get(summary.biggestWriteStep()),
                fixed(summary.biggestWrite(), decimals),
                summary.biggestForget().setScale(decimals, RoundingMode.HALF_UP).signum() > 0, summary.biggestForgetStep(),
                trace.tokens().get(summary.biggestForgetStep()), fixed(summary.biggestForget(), decimals),
                vector(numerals, last.c()), vector(numerals, last.h()));
    }

    private static ReadingModel reading(StepReading r, Trace trace) {
        int d = trace.arithmetic().decimals();
        String change = (r.change().signum() >= 0 ? "+" : "") + fixed(r.change(), d);
        String percent = r.forget().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
        return new ReadingModel(r.dominant().key(), fixed(r.dominantValue(), d), r.memory().name().toLowerCase(
                java.util.Locale.ROOT), trace.hiddenSize() > 1 ? r.unit() + 1 : 0,
                r.before().setScale(d, RoundingMode.HALF_UP).signum() != 0, fixed(r.before(), d),
                fixed(r.after(), d), change, fixed(r.change().abs(), d), fixed(r.forget(), d), percent,
                fixed(r.input(), d), fixed(r.candidate(), d), fixed(r.output(), d), fixed(r.kept(), d),
                fixed(r.written(), d), fixed(r.hidden(), d));
    }

    /** A fact's number at the run's decimals, e.g. "0.266" or "−0.085". */
    static String fixed(BigDecimal value, int decimals) {
        return Numerals.text(Numerals.numeral(value.setScale(decimals, RoundingMode.HALF_UP)));
    }

    /** A vector as shown: "0.026" for one entry, "[0.1, −0.2]" for more. */
    static String vector(Numerals numerals, List<? extends Quantity> quantities) {
        if (quantities.size() == 1) {
            return numerals.text(quantities.get(0));
        }
        return "[" + String.join(", ", quantities.stream().map(numerals::text).toList()) + "]";
    }
}
