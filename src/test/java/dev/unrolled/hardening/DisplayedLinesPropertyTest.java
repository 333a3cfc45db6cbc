package dev.unrolled.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.engine.Lstm;
import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.ExampleReader;
import dev.unrolled.example.Mode;
import dev.unrolled.hardening.Calculator.Apply;
import dev.unrolled.hardening.Calculator.Node;
import dev.unrolled.hardening.Calculator.Num;
import dev.unrolled.hardening.Calculator.Product;
import dev.unrolled.hardening.Calculator.Sum;
import dev.unrolled.testing.Traces;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Derivation;
import dev.unrolled.write.Derivations;
import dev.unrolled.write.plain.Plain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * In hand mode, every line a reader sees re-derives exactly from the numbers printed on the line before it, and
 * every operand is a number printed earlier. Checked on the printed text itself (the plain-text writer, which shares
 * its layout tree with the MathML and LaTeX writers), with an independent calculator.
 */
class DisplayedLinesPropertyTest {

    @Provide
    Arbitrary<String> examples() {
        Arbitrary<Integer> hidden = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> features = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> decimals = Arbitraries.integers().between(1, 5);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(hidden, features, decimals, seed).as(RandomJson::example);
    }

    @Property(tries = 200)
    void everyLineReDerivesFromTheLineBefore(@ForAll("examples") String json) {
        Example example = ExampleReader.parse("random.json", json);
        int decimals = example.arithmetic().decimals();
        Trace trace = Lstm.run(example, example.sentences().get(0), example.arithmetic());
        Derivations derivations = new Derivations(trace);
        Plain plain = new Plain();
        String previousH = null;
        for (Step step : trace.steps()) {
            for (Derivation d : Traces.unitDerivations(derivations, step, trace.hiddenSize())) {
                String text = plain.derivation(d);
                checkChain(text, decimals);
            }
            String concat = plain.derivation(derivations.concat(step));
            if (previousH != null) {
                assertTrue(concat.contains("[" + previousH) || concat.contains("= " + previousH),
                        "h of the previous step is what this step reads: " + concat + " vs " + previousH);
            }
            previousH = plain.term(derivations.number(step.h().get(0)));
        }
    }

    /** Splits "lhs = a = b ≈ c" and checks each step from the second right-hand side on. */
    static void checkChain(String text, int decimals) {
        List<String> parts = new ArrayList<>();
        List<Character> relations = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 2 < text.length(); i++) {
            if (text.charAt(i) == ' ' && (text.charAt(i + 1) == '=' || text.charAt(i + 1) == '≈')
                    && text.charAt(i + 2) == ' ') {
                parts.add(text.substring(from, i));
                relations.add(text.charAt(i + 1));
                from = i + 3;
            }
        }
        parts.add(text.substring(from));
        // parts[0] is the left-hand side, parts[1] the symbolic form; from parts[2] on everything is numbers
        for (int n = 3; n < parts.size(); n++) {
            Node before = Calculator.parse(parts.get(n - 1));
            Node after = Calculator.parse(parts.get(n));
            check(before, after, relations.get(n - 1), decimals, text);
        }
    }

    private static void check(Node before, Node after, char relation, int decimals, String text) {
        if (before.equals(after)) {
            return;
        }
        if (after instanceof Num num) {
            BigDecimal shown = num.value();
            BigDecimal value = Calculator.evaluate(before);
            if (relation == '=') {
                assertEquals(0, value.compareTo(shown), "\"=\" must be exact: " + text);
            } else {
                assertEquals(value.setScale(decimals, RoundingMode.HALF_UP), shown.setScale(decimals,
                        RoundingMode.HALF_UP), "\"≈\" is the rounding of the line before: " + text);
                assertEquals(shown.scale(), decimals, "a rounded value shows the run's decimals: " + text);
            }
            return;
        }
        if (before instanceof Sum a && after instanceof Sum b && a.terms().size() == b.terms().size()) {
            for (int k = 0; k < a.terms().size(); k++) {
                check(a.terms().get(k), b.terms().get(k), relation, decimals, text);
            }
            return;
        }
        if (before instanceof Product a && after instanceof Product b) {
            check(a.left(), b.left(), relation, decimals, text);
            check(a.right(), b.right(), relation, decimals, text);
            return;
        }
        if (before instanceof Apply a && after instanceof Apply b && a.function().equals(b.function())) {
            check(a.argument(), b.argument(), relation, decimals, text);
            return;
        }
        throw new AssertionError("lines do not correspond: " + text);
    }
}
