package dev.unrolled.engine;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Symbol;
import dev.unrolled.trace.Trace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a hand-mode run drifted from exact arithmetic: the largest absolute difference over every computed
 * quantity of the run, and where it occurred.
 */
public record Drift(BigDecimal largest, Symbol where) {

    /** Compares two runs of the same example and sentence, quantity by quantity. */
    public static Drift between(Trace hand, Trace exact) {
        if (hand.steps().size() != exact.steps().size()) {
            throw new IllegalArgumentException("runs of different sentences");
        }
        List<Quantity> left = new ArrayList<>();
        List<Quantity> right = new ArrayList<>();
        for (int t = 0; t < hand.steps().size(); t++) {
            collect(hand.steps().get(t), left);
            collect(exact.steps().get(t), right);
        }
        BigDecimal largest = BigDecimal.ZERO;
        Symbol where = left.get(0).symbol();
        for (int n = 0; n < left.size(); n++) {
            BigDecimal difference = left.get(n).value().subtract(right.get(n).value()).abs();
            if (difference.compareTo(largest) > 0) {
                largest = difference;
                where = left.get(n).symbol();
            }
        }
        return new Drift(largest, where);
    }

    private static void collect(Step step, List<Quantity> into) {
        for (Gate gate : Gate.values()) {
            into.addAll(step.gate(gate).z());
            into.addAll(step.gate(gate).value());
        }
        into.addAll(step.c());
        into.addAll(step.tanhC());
        into.addAll(step.h());
    }
}
