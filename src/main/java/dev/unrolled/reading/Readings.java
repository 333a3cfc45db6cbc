package dev.unrolled.reading;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Numerals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a trace the way a teacher would: per step, which gate dominated and what the memory did; per run, what each
 * gate did overall. Works on the numbers the page shows, so every fact can be checked against the page.
 */
public final class Readings {
    private static final List<Gate> SIGMOID_GATES = List.of(Gate.FORGET, Gate.INPUT, Gate.OUTPUT);

    private final Numerals numerals;
    private final BigDecimal threshold;

    private Readings(Trace trace) {
        this.numerals = new Numerals(trace.arithmetic());
        this.threshold = BigDecimal.ONE.movePointLeft(trace.arithmetic().decimals()).divide(BigDecimal.valueOf(2));
    }

    public static RunSummary of(Trace trace) {
        Readings readings = new Readings(trace);
        List<StepReading> steps = new ArrayList<>();
        for (Step step : trace.steps()) {
            steps.add(readings.step(step));
        }
        return readings.summary(trace, steps);
    }

    private BigDecimal shown(Quantity q) {
        return numerals.displayed(q);
    }

    private StepReading step(Step step) {
        int unit = 0;
        BigDecimal largest = BigDecimal.valueOf(-1);
        for (int j = 0; j < step.c().size(); j++) {
            BigDecimal change = shown(step.c().get(j)).subtract(shown(step.cPrev().get(j))).abs();
            if (change.compareTo(largest) > 0) {
                largest = change;
                unit = j;
            }
        }
        Gate dominant = Gate.FORGET;
        for (Gate gate : SIGMOID_GATES) {
            if (value(step, gate, unit).compareTo(value(step, dominant, unit)) > 0) {
                dominant = gate;
            }
        }
        BigDecimal before = shown(step.cPrev().get(unit));
        BigDecimal after = shown(step.c().get(unit));
        return new StepReading(step.t(), unit, dominant, value(step, dominant, unit), trend(before, after), before,
                after, after.subtract(before), value(step, Gate.FORGET, unit), value(step, Gate.INPUT, unit),
                value(step, Gate.CANDIDATE, unit), value(step, Gate.OUTPUT, unit),
                value(step, Gate.FORGET, unit).multiply(before),
                value(step, Gate.INPUT, unit).multiply(value(step, Gate.CANDIDATE, unit)),
                shown(step.h().get(unit)));
    }

    private BigDecimal value(Step step, Gate gate, int unit) {
        return shown(step.gate(gate).value().get(unit));
    }

    private Trend trend(BigDecimal before, BigDecimal after) {
        boolean bothVisible = before.abs().compareTo(threshold) > 0 && after.abs().compareTo(threshold) > 0;
        if (bothVisible && before.signum() * after.signum() < 0) {
            return Trend.FLIPPED;
        }
        BigDecimal growth = after.abs().subtract(before.abs());
        if (growth.compareTo(threshold) > 0) {
            return Trend.GREW;
        }
        if (growth.negate().compareTo(threshold) > 0) {
            return Trend.FADED;
        }
        return Trend.STEADY;
    }

    private RunSummary summary(Trace trace, List<StepReading> steps) {
        List<GateSummary> gates = new ArrayList<>();
        for (Gate gate : Gate.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            BigDecimal min = null;
            BigDecimal max = null;
            int minStep = 0;
            int maxStep = 0;
            for (Step step : trace.steps()) {
                for (Quantity q : step.gate(gate).value()) {
                    BigDecimal v = shown(q);
                    sum = sum.add(v);
                    count++;
                    if (min == null || v.compareTo(min) < 0) {
                        min = v;
                        minStep = step.t();
                    }
                    if (max == null || v.compareTo(max) > 0) {
                        max = v;
                        maxStep = step.t();
                    }
                }
            }
            gates.add(new GateSummary(gate, sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64), min,
                    minStep, max, maxStep));
        }
        int writeStep = 0;
        int forgetStep = 0;
        BigDecimal write = BigDecimal.ZERO;
        BigDecimal forget = BigDecimal.ZERO;
        for (StepReading r : steps) {
            if (r.written().abs().compareTo(write) > 0) {
                write = r.written().abs();
                writeStep = r.t();
            }
            BigDecimal erased = r.before().abs().subtract(r.kept().abs());
            if (erased.compareTo(forget) > 0) {
                forget = erased;
                forgetStep = r.t();
            }
        }
        return new RunSummary(gates, writeStep, write, forgetStep, forget, steps);
    }
}
