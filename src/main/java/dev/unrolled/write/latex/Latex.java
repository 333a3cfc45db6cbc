package dev.unrolled.write.latex;

import dev.unrolled.write.Derivation;
import dev.unrolled.write.Numeral;
import dev.unrolled.write.Term;
import dev.unrolled.write.TermWriter;

/**
 * LaTeX for the Markdown export, limited to what KaTeX accepts in strict mode: ASCII source, {@code \sigma},
 * {@code \times}, {@code \odot}, {@code \approx}, and an {@code aligned} environment for derivations.
 */
public final class Latex extends TermWriter {

    /** A display formula for Markdown: {@code $$ … $$} on lines of their own. */
    public String block(Derivation derivation) {
        return "$$\n" + derivation(derivation) + "\n$$";
    }

    public String inline(Term term) {
        return "$" + term(term) + "$";
    }

    public String inlineEquation(Term lhs, Term rhs) {
        return "$" + term(lhs) + " = " + term(rhs) + "$";
    }

    @Override
    public String derivation(Derivation derivation) {
        StringBuilder out = new StringBuilder("\\begin{aligned}\n");
        boolean first = true;
        for (Derivation.Line line : derivation.lines()) {
            if (!first) {
                out.append(" \\\\\n");
            }
            out.append(first ? term(derivation.lhs()) + " " : "").append('&').append(operator(relation(
                    line.relation()))).append(' ').append(term(line.rhs()));
            first = false;
        }
        return out.append("\n\\end{aligned}").toString();
    }

    @Override
    protected String number(Numeral n) {
        String body = n.digits();
        if (n.scientific()) {
            body += " \\times 10^{" + n.exponent() + "}";
        }
        return n.negative() ? "-" + body : body;
    }

    @Override
    protected String name(Term.Name name) {
        String base = name.base().equals("σ") ? "\\sigma" : name.base();
        if (name.tilde()) {
            base = "\\tilde{" + base + "}";
        }
        if (!name.subscript().isEmpty()) {
            base += "_{" + ascii(name.subscript()) + "}";
        }
        return name.index().isEmpty() ? base : base + "[" + ascii(name.index()) + "]";
    }

    private static String ascii(String text) {
        return text.replace('−', '-');
    }

    @Override
    protected String operator(String symbol) {
        return switch (symbol) {
            case "×" -> " \\times ";
            case "⊙" -> " \\odot ";
            case "·" -> " \\cdot ";
            case "≈" -> "\\approx";
            case "+" -> " + ";
            case ",", ";" -> symbol + " ";
            default -> symbol;
        };
    }

    @Override
    protected String applyOpen(String function) {
        return (function.equals("σ") ? "\\sigma" : "\\tanh") + "\\left(";
    }

    @Override
    protected String applyClose() {
        return "\\right)";
    }

    @Override
    protected String bracketOpen(boolean transposed) {
        return "\\left[";
    }

    @Override
    protected String bracketClose(boolean transposed) {
        return transposed ? "\\right]^{\\top}" : "\\right]";
    }
}
