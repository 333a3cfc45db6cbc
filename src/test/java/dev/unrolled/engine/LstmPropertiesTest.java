package dev.unrolled.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.Gate;
import dev.unrolled.example.Mode;
import dev.unrolled.trace.Expr;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LstmPropertiesTest {

    @Provide
    Arbitrary<Example> examples() {
        return RandomExamples.examples(3, 4, 6, 2.0);
    }

    @Provide
    Arbitrary<Example> gentleExamples() {
        return RandomExamples.examples(2, 3, 4, 1.0);
    }

    private static Trace run(Example example, Mode mode, int decimals) {
        return Lstm.run(example, example.sentences().get(0), new Arithmetic(mode, decimals));
    }

    @Property(tries = 300)
    void gatesStayInTheirRangesAndTheHiddenStateBelowOne(@ForAll("examples") Example example) {
        for (Step step : run(example, Mode.EXACT, 3).steps()) {
            for (Gate gate : Gate.values()) {
                for (Quantity v : step.gate(gate).value()) {
                    double value = v.value().doubleValue();
                    double low = gate == Gate.CANDIDATE ? -1 : 0;
                    assertTrue(value >= low && value <= 1, gate + " = " + value);
                }
            }
            for (Quantity h : step.h()) {
                assertTrue(Math.abs(h.value().doubleValue()) < 1, "h = " + h.value());
            }
        }
    }

    /**
     * Each rounding adds at most half a unit in the last place, and the cell mixes a handful of them per step, so
     * over a few steps with weights in [−1, 1] the hand run stays within a few units of exact.
     */
    @Property(tries = 300)
    void handModeStaysWithinAFewUnitsOfTheLastPlaceOfExact(@ForAll("gentleExamples") Example example,
                                                           @ForAll @IntRange(min = 2, max = 6) int decimals) {
        Drift drift = Drift.between(run(example, Mode.HAND, decimals), run(example, Mode.EXACT, decimals));
        BigDecimal bound = BigDecimal.ONE.movePointLeft(decimals).multiply(BigDecimal.valueOf(5));
        assertTrue(drift.largest().compareTo(bound) <= 0, drift + " exceeds " + bound);
    }

    /** A reader re-deriving any line from the numbers it shows gets exactly the number the page shows. */
    @Property(tries = 300)
    void everyHandLineReDerivesFromItsShownOperands(@ForAll("examples") Example example,
                                                   @ForAll @IntRange(min = 1, max = 6) int decimals) {
        for (Step step : run(example, Mode.HAND, decimals).steps()) {
            for (Quantity.Computed q : computed(step)) {
                BigDecimal rederived = recompute(q.definition()).setScale(decimals, RoundingMode.HALF_UP);
                assertEquals(rederived, q.value(), q.symbol().toString());
            }
        }
    }

    /** A reader's calculator: decimal sums and products, σ and tanh of the shown argument. */
    private static BigDecimal recompute(Expr expr) {
        if (expr instanceof Expr.Ref ref) {
            return ref.quantity().value();
        }
        if (expr instanceof Expr.Sum sum) {
            return sum.terms().stream().map(LstmPropertiesTest::recompute).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        if (expr instanceof Expr.Product p) {
            return recompute(p.left()).multiply(recompute(p.right()));
        }
        Expr.Apply apply = (Expr.Apply) expr;
        double x = recompute(apply.argument()).doubleValue();
        double y = apply.function() == Expr.Function.SIGMOID ? 1 / (1 + Math.exp(-x)) : Math.tanh(x);
        return new BigDecimal(y);
    }

    private static List<Quantity.Computed> computed(Step step) {
        List<Quantity.Computed> all = new ArrayList<>();
        for (Gate gate : Gate.values()) {
            all.addAll(step.gate(gate).z());
            all.addAll(step.gate(gate).value());
        }
        all.addAll(step.c());
        all.addAll(step.tanhC());
        all.addAll(step.h());
        return all;
    }
}
