package dev.unrolled.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.ExampleReader;
import dev.unrolled.example.Gate;
import dev.unrolled.example.Mode;
import dev.unrolled.problem.InputException;
import dev.unrolled.testing.Fixtures;
import dev.unrolled.trace.Expr;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LstmTest {
    private static final Example ALICE = ExampleReader.parse("alice.json", Fixtures.ALICE);
    private static final Example PAIR = ExampleReader.parse("pair.json", Fixtures.TWO_UNITS);

    private static Trace run(Example example, Mode mode, int decimals) {
        return Lstm.run(example, example.sentences().get(0), new Arithmetic(mode, decimals));
    }

    /** The values published with the core issue, computed independently of this project (t = 0…4). */
    @Test
    void exactModeMatchesPublishedReferenceValues() {
        double[] h = {0.049058, 0.000110, 0.025797, 0.176237, 0.080980};
        double[] c = {0.122858, 0.000199, 0.057368, 0.389010, 0.147175};
        Trace trace = run(ALICE, Mode.EXACT, 3);
        for (int t = 0; t < 5; t++) {
            assertEquals(h[t], trace.steps().get(t).h().get(0).value().doubleValue(), 5e-7, "h at t=" + t);
            assertEquals(c[t], trace.steps().get(t).c().get(0).value().doubleValue(), 5e-7, "C at t=" + t);
        }
    }

    @Test
    void exactModeAgreesWithAPlainDoubleOracle() {
        for (Example example : List.of(ALICE, PAIR)) {
            Trace trace = run(example, Mode.EXACT, 4);
            double[][][] expected = Oracle.run(example, example.sentences().get(0));
            for (int t = 0; t < expected.length; t++) {
                for (int j = 0; j < example.hiddenSize(); j++) {
                    Step step = trace.steps().get(t);
                    assertEquals(expected[t][0][j], step.h().get(j).value().doubleValue(), 1e-15, "h");
                    assertEquals(expected[t][1][j], step.c().get(j).value().doubleValue(), 1e-15, "C");
                }
            }
        }
    }

    /**
     * Hand-worked: every quantity rounded to 3 places half away from zero and reused rounded. Worked on paper for
     * t = 0 and 1 (e.g. t = 1: z_f = 0.2×0.049 + 0.3×0 + (−0.1)×1 + 0.4×0 + (−0.1) = −0.1902 → −0.190;
     * C₁ = 0.453×0.123 + 0.651×(−0.085) = 0.055719 − 0.055335 = 0.000384 → 0.000) and with Python's decimal
     * module for the rest.
     */
    @Test
    void handModeMatchesHandWorkedValues() {
        String[][] expected = {
            // z_f, z_i, z_c, z_o, f, i, C̃, o, C, tanh C, h
            {"0.200", "0.500", "0.200", "-0.400", "0.550", "0.622", "0.197", "0.401", "0.123", "0.122", "0.049"},
            {"-0.190", "0.625", "-0.085", "0.205", "0.453", "0.651", "-0.085", "0.551", "0.000", "0.000", "0.000"},
            {"-0.100", "0.300", "0.100", "-0.200", "0.475", "0.574", "0.100", "0.450", "0.057", "0.057", "0.026"},
            {"0.605", "0.313", "0.708", "-0.097", "0.647", "0.578", "0.609", "0.476", "0.389", "0.370", "0.176"},
            {"-0.165", "0.688", "-0.047", "0.218", "0.459", "0.666", "-0.047", "0.554", "0.147", "0.146", "0.081"},
        };
        Trace trace = run(ALICE, Mode.HAND, 3);
        for (int t = 0; t < expected.length; t++) {
            Step step = trace.steps().get(t);
            List<Quantity> actual = List.of(
                    step.gate(Gate.FORGET).z().get(0), step.gate(Gate.INPUT).z().get(0),
                    step.gate(Gate.CANDIDATE).z().get(0), step.gate(Gate.OUTPUT).z().get(0),
                    step.gate(Gate.FORGET).value().get(0), step.gate(Gate.INPUT).value().get(0),
                    step.gate(Gate.CANDIDATE).value().get(0), step.gate(Gate.OUTPUT).value().get(0),
                    step.c().get(0), step.tanhC().get(0), step.h().get(0));
            for (int n = 0; n < actual.size(); n++) {
                assertEquals(expected[t][n], actual.get(n).value().toPlainString(), "t=" + t + " column " + n);
            }
        }
    }

    /** The hand-typed article this project replaces printed C₂ ≈ 0.012 and h₂ ≈ 0.005. */
    @Test
    void thirdWordHasTheCorrectStatesTheOriginalArticleGotWrong() {
        Step third = run(ALICE, Mode.HAND, 3).steps().get(2);
        assertEquals(new BigDecimal("0.057"), third.c().get(0).value());
        assertEquals(new BigDecimal("0.026"), third.h().get(0).value());
    }

    @Test
    void everyComputedNumberKeepsItsOperandsInOrder() {
        Step first = run(ALICE, Mode.HAND, 3).steps().get(0);
        Quantity.Computed forget = first.gate(Gate.FORGET).value().get(0);
        Expr.Apply sigma = (Expr.Apply) forget.definition();
        assertEquals(Expr.Function.SIGMOID, sigma.function());
        Quantity.Computed z = (Quantity.Computed) ((Expr.Ref) sigma.argument()).quantity();
        List<Expr> terms = ((Expr.Sum) z.definition()).terms();
        assertEquals(5, terms.size());
        String[][] products = {{"0.2", "0"}, {"0.3", "1"}, {"-0.1", "0"}, {"0.4", "0"}};
        for (int k = 0; k < 4; k++) {
            Expr.Product p = (Expr.Product) terms.get(k);
            assertFalse(p.elementwise());
            assertEquals(products[k][0], ((Expr.Ref) p.left()).quantity().value().toPlainString());
            assertEquals(products[k][1], ((Expr.Ref) p.right()).quantity().value().toPlainString());
        }
        assertEquals("-0.1", ((Expr.Ref) terms.get(4)).quantity().value().toPlainString());
        assertFalse(z.approximate(), "0.2×0 + 0.3×1 + (−0.1)×0 + 0.4×0 + (−0.1) is exactly 0.2");
        assertTrue(forget.approximate(), "σ(0.2) is irrational");

        Expr.Sum cell = (Expr.Sum) first.c().get(0).definition();
        Expr.Product keep = (Expr.Product) cell.terms().get(0);
        assertTrue(keep.elementwise());
        assertEquals(first.gate(Gate.FORGET).value().get(0), ((Expr.Ref) keep.left()).quantity());
        assertEquals(first.cPrev().get(0), ((Expr.Ref) keep.right()).quantity());
    }

    @Test
    void theNextStepReadsThePreviousStatesRounded() {
        Trace trace = run(ALICE, Mode.HAND, 3);
        for (int t = 1; t < trace.steps().size(); t++) {
            assertEquals(trace.steps().get(t - 1).h(), trace.steps().get(t).hPrev());
            assertEquals(trace.steps().get(t - 1).c(), trace.steps().get(t).cPrev());
        }
    }

    @Test
    void overflowIsAnErrorNamingTheStepAndGate() {
        Example huge = ExampleReader.parse("huge.json", Fixtures.ALICE
                .replace("\"Alice\": [1,0,0]", "\"Alice\": [2,0,0]")
                .replace("[[0.2, 0.3, -0.1, 0.4]]", "[[0.2, 1e308, 0, 0]]"));
        for (Mode mode : Mode.values()) {
            InputException e = assertThrows(InputException.class, () -> run(huge, mode, 3));
            assertEquals("huge.json: sentence \"alice\", step 0 (\"Alice\"), forget gate, pre-activation z: the "
                    + "value overflowed (it is not a finite double); the weights or inputs are too large to "
                    + "compute with, scale them down", e.problems().get(0).render(), mode.toString());
        }
    }

    @Test
    void sigmoidIsStableForEveryFiniteArgument() {
        assertEquals(1.0, Functions.sigmoid(1000));
        assertEquals(0.0, Functions.sigmoid(-1000));
        assertEquals(0.0, Functions.sigmoid(-Double.MAX_VALUE));
        assertEquals(1.0, Functions.sigmoid(Double.MAX_VALUE));
        assertEquals(1 / (1 + Math.exp(-0.2)), Functions.sigmoid(0.2), 1e-16);
        assertEquals(Math.exp(-30) / (1 + Math.exp(-30)), Functions.sigmoid(-30), 1e-28);
    }

    @Test
    void driftReportsTheLargestHandVersusExactDifference() {
        Drift drift = Drift.between(run(ALICE, Mode.HAND, 3), run(ALICE, Mode.EXACT, 3));
        assertTrue(drift.largest().compareTo(new BigDecimal("0.0005")) > 0, drift.toString());
        assertTrue(drift.largest().compareTo(new BigDecimal("0.002")) < 0, drift.toString());
    }
}
