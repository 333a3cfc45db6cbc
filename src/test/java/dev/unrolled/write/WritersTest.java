package dev.unrolled.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unrolled.trace.Expr;
import dev.unrolled.write.latex.Latex;
import dev.unrolled.write.mathml.MathMl;
import dev.unrolled.write.plain.Plain;
import dev.unrolled.write.print.Print;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each writer on the same small formula: f₂ = σ(0.2×0.049 + (−0.1)) ≈ 0.475. */
class WritersTest {
    private static Term num(String value) {
        return new Term.Num(Numerals.numeral(new BigDecimal(value)));
    }

    private static final Derivation GATE = new Derivation(new Term.Name("f", false, "2", ""), List.of(
            new Derivation.Line(Relation.EQUALS, new Term.Apply(Expr.Function.SIGMOID, new Term.Sum(List.of(
                    new Term.Product(num("0.2"), num("0.049"), Term.Op.TIMES), num("-0.1"))))),
            new Derivation.Line(Relation.APPROX, num("0.475"))));

    @Test
    void plainText() {
        assertEquals("f₂ = σ(0.2×0.049 + (−0.1)) ≈ 0.475", new Plain().derivation(GATE));
    }

    @Test
    void latexForKatex() {
        assertEquals("\\begin{aligned}\nf_{2} &= \\sigma\\left(0.2 \\times 0.049 + (-0.1)\\right) \\\\\n"
                + "&\\approx 0.475\n\\end{aligned}", new Latex().derivation(GATE));
    }

    @Test
    void mathMl() {
        assertEquals("<mtable class=\"chain\"><mtr><mtd><msub><mi>f</mi><mrow><mn>2</mn></mrow></msub></mtd><mtd>"
                + "<mo>=</mo><mrow><mi>σ</mi><mo>\u2061</mo><mrow><mo>(</mo><mrow><mrow><mn>0.2</mn><mo>×</mo>"
                + "<mn>0.049</mn></mrow><mo>+</mo><mrow><mo>(</mo><mrow><mo>−</mo><mn>0.1</mn></mrow><mo>)</mo>"
                + "</mrow></mrow><mo>)</mo></mrow></mrow></mtd></mtr><mtr><mtd></mtd><mtd><mo>≈</mo><mn>0.475</mn>"
                + "</mtd></mtr></mtable>", new MathMl().derivation(GATE));
    }

    @Test
    void printBreaksOnlyBeforePlusAndBlanksResults() {
        String full = new Print().derivation(GATE);
        // f₂ is estimated 1.41 em wide (0.3 + 0.66 + 0.45), written rounded up to 1.5 em; every line is indented by
        // that, 0.3 em after it, 1.2 em for the relation and 1.5 em of hanging indent, its first line pulled back by
        // as much
        assertEquals("<div class=\"derivation\"><div class=\"line\" style=\"padding-left: 4.50em\">"
                + "<span class=\"lhs\" style=\"width: 1.5em; margin-left: -4.50em\"><i>f</i><sub>2</sub></span>"
                + "<span class=\"rel\">=</span>σ(0.2×0.049 +\u00a0(−0.1))</div>"
                + "<div class=\"line\" style=\"padding-left: 4.50em\"><span class=\"rel\" style=\"margin-left: "
                + "-2.70em\">≈</span>0.475</div></div>", full);
        Derivation three = new Derivation(GATE.lhs(), List.of(GATE.lines().get(0), GATE.lines().get(0),
                GATE.lines().get(1)));
        String blank = new Print().derivation(three, new Print.Result.Blank(7));
        assertEquals(2, blank.split("σ\\(").length - 1, "symbolic and substituted lines stay");
        assertEquals(true, blank.contains("-2.70em\">≈</span><span class=\"blank\"><span class=\"no\">(7)</span>"
                + "</span></div>"), blank);
        assertEquals(false, blank.contains("0.475"));
        assertEquals(true, new Print().derivation(three, new Print.Result.Answer(7))
                .contains("<span class=\"answer\"><span class=\"no\">(7)</span>\u00a00.475</span>"));
    }

    @Test
    void hugeAndTinyNumbersUseScientificNotation() {
        assertEquals("1.5×10^−300", Numerals.text(Numerals.numeral(new BigDecimal("1.5e-300"))));
        assertEquals("−2×10^40", Numerals.text(Numerals.numeral(new BigDecimal("-2e40"))));
        assertEquals("123456.789", Numerals.text(Numerals.numeral(new BigDecimal("123456.789"))));
        assertEquals("1.5 \\times 10^{-300}", new Latex().term(new Term.Num(Numerals.numeral(new BigDecimal("1.5e-300")))));
    }
}
