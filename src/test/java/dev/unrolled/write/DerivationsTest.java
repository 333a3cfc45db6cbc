package dev.unrolled.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unrolled.engine.Lstm;
import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.ExampleReader;
import dev.unrolled.example.Gate;
import dev.unrolled.example.Mode;
import dev.unrolled.testing.Fixtures;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.plain.Plain;
import org.junit.jupiter.api.Test;

/**
 * The derivations a reader sees, as plain text. Expected lines are worked by hand from the example's weights
 * (products and sums exactly, σ and tanh on a calculator, rounding half away from zero to 3 places).
 */
class DerivationsTest {
    private static final Example ALICE = ExampleReader.parse("alice.json", Fixtures.ALICE);
    private static final Example PAIR = ExampleReader.parse("pair.json", Fixtures.TWO_UNITS);
    private final Plain plain = new Plain();

    private static Trace run(Example example, Mode mode, int decimals) {
        return Lstm.run(example, example.sentences().get(0), new Arithmetic(mode, decimals));
    }

    @Test
    void gateWithAnExactPreActivation() {
        Trace trace = run(ALICE, Mode.HAND, 3);
        Derivations d = new Derivations(trace);
        assertEquals("f₀ = σ(W_f·[h₋₁; x₀] + b_f) = σ(0.2×0 + 0.3×1 + (−0.1)×0 + 0.4×0 + (−0.1)) = σ(0.200) "
                + "≈ 0.550", plain.derivation(d.gate(trace.steps().get(0), Gate.FORGET, 0)));
        assertEquals("C̃₀ = tanh(W_C·[h₋₁; x₀] + b_C) = tanh(0.3×0 + 0.1×1 + (−0.2)×0 + 0.5×0 + 0.1) = "
                + "tanh(0.200) ≈ 0.197", plain.derivation(d.gate(trace.steps().get(0), Gate.CANDIDATE, 0)));
    }

    @Test
    void gateWhosePreActivationIsRoundedShowsTheRounding() {
        Trace trace = run(ALICE, Mode.HAND, 3);
        Derivations d = new Derivations(trace);
        // 0.2×0.049 = 0.0098; 0.0098 − 0.1 − 0.1 = −0.1902 → −0.190; σ(−0.190) = 0.45264… → 0.453
        assertEquals("f₁ = σ(W_f·[h₀; x₁] + b_f) = σ(0.2×0.049 + 0.3×0 + (−0.1)×1 + 0.4×0 + (−0.1)) = σ(−0.1902) "
                + "≈ σ(−0.190) ≈ 0.453", plain.derivation(d.gate(trace.steps().get(1), Gate.FORGET, 0)));
    }

    @Test
    void cellAndHiddenState() {
        Trace trace = run(ALICE, Mode.HAND, 3);
        Derivations d = new Derivations(trace);
        // 0.453×0.123 = 0.055719; 0.651×(−0.085) = −0.055335; sum 0.000384 → 0.000
        assertEquals("C₁ = f₁⊙C₀ + i₁⊙C̃₁ = 0.453×0.123 + 0.651×(−0.085) = 0.000384 ≈ 0.000",
                plain.derivation(d.cell(trace.steps().get(1), 0)));
        // tanh(0.123) = 0.12238… → 0.122; 0.401×0.122 = 0.048922 → 0.049
        assertEquals("h₀ = o₀⊙tanh(C₀) = 0.401×tanh(0.123) ≈ 0.401×0.122 = 0.048922 ≈ 0.049",
                plain.derivation(d.hidden(trace.steps().get(0), 0)));
        // C₀ = 0.550×0 + 0.622×0.197 = 0.122534 → 0.123
        assertEquals("C₀ = f₀⊙C₋₁ + i₀⊙C̃₀ = 0.550×0 + 0.622×0.197 = 0.122534 ≈ 0.123",
                plain.derivation(d.cell(trace.steps().get(0), 0)));
    }

    @Test
    void exactModeShowsDoublesRoundedForDisplayWithoutRoundingSteps() {
        Trace trace = run(ALICE, Mode.EXACT, 3);
        Derivations d = new Derivations(trace);
        assertEquals("C₀ = f₀⊙C₋₁ + i₀⊙C̃₀ = 0.550×0 + 0.622×0.197 ≈ 0.123",
                plain.derivation(d.cell(trace.steps().get(0), 0)));
    }

    @Test
    void vectorsAndUnitIndicesForHiddenSizeTwo() {
        Trace trace = run(PAIR, Mode.HAND, 2);
        Derivations d = new Derivations(trace);
        // t = 0, "cats" = [1, 0], h₋₁ = [0.1, −0.2]
        assertEquals("[h₋₁; x₀] = [0.1, −0.2, 1, 0]ᵀ", plain.derivation(d.concat(trace.steps().get(0))));
        // unit 2 of the forget gate: 0.2×0.1 + 0.4×(−0.2) + (−0.6)×1 + 0.9×0 + (−0.2) = 0.02 − 0.08 − 0.6 − 0.2
        // = −0.86; σ(−0.86) = 0.2973… → 0.30
        assertEquals("f₀[2] = σ(W_f[2]·[h₋₁; x₀] + b_f[2]) = σ(0.2×0.1 + 0.4×(−0.2) + (−0.6)×1 + 0.9×0 + (−0.2)) "
                + "= σ(−0.86) ≈ 0.30", plain.derivation(d.gate(trace.steps().get(0), Gate.FORGET, 1)));
    }
}
