package dev.unrolled.write.plain;

import dev.unrolled.write.Derivation;
import dev.unrolled.write.Numeral;
import dev.unrolled.write.Numerals;
import dev.unrolled.write.Term;
import dev.unrolled.write.TermWriter;

/**
 * Plain Unicode text, one line per derivation: {@code f₀ = σ(0.2×0 + 0.3×1 + (−0.1)×0 + 0.4×0 + (−0.1)) =
 * σ(0.200) ≈ 0.550}. Used for alternative text and wherever markup is not wanted.
 */
public final class Plain extends TermWriter {
    private static final String DIGITS = "0123456789−+,t";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₋₊,ₜ";

    @Override
    public String derivation(Derivation derivation) {
        StringBuilder out = new StringBuilder(term(derivation.lhs()));
        for (Derivation.Line line : derivation.lines()) {
            out.append(' ').append(relation(line.relation())).append(' ').append(term(line.rhs()));
        }
        return out.toString();
    }

    @Override
    protected String number(Numeral numeral) {
        return Numerals.text(numeral);
    }

    @Override
    protected String name(Term.Name name) {
        StringBuilder out = new StringBuilder(name.base());
        if (name.tilde()) {
            out.append('\u0303');
        }
        out.append(subscript(name.subscript()));
        if (!name.index().isEmpty()) {
            out.append('[').append(name.index()).append(']');
        }
        return out.toString();
    }

    /** Unicode subscripts where every character has one (h₋₁, hₜ₋₁), else an underscore (W_f, z_f,2). */
    static String subscript(String text) {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            int at = DIGITS.indexOf(c);
            if (at < 0) {
                return "_" + text;
            }
            out.append(SUBSCRIPTS.charAt(at));
        }
        return out.toString();
    }

    @Override
    protected String operator(String symbol) {
        return switch (symbol) {
            case "+" -> " + ";
            case ";", "," -> symbol + " ";
            default -> symbol;
        };
    }

    /** A term as plain text; a convenience for callers that hold no writer. */
    public static String text(Term term) {
        return new Plain().term(term);
    }
}
