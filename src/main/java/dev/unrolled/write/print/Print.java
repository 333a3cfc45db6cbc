package dev.unrolled.write.print;

import dev.unrolled.write.Derivation;
import dev.unrolled.write.Numeral;
import dev.unrolled.write.Numerals;
import dev.unrolled.write.Term;
import dev.unrolled.write.TermWriter;
import dev.unrolled.write.plain.Plain;
import java.util.List;

/**
 * XHTML for the printed handouts: formulas as ordinary text (spans, sub), so that every number in the PDF is real,
 * searchable text. A derivation is a three-column table (left-hand side, relation, right-hand side); a long
 * right-hand side wraps only before a "+", onto a continuation line aligned under the first, because every term of
 * a sum is an unbreakable span.
 */
public final class Print extends TermWriter {

    /** What the last lines of a derivation show on an exercise sheet or its answer key. */
    public sealed interface Result {
        /** Every line, as on the handout. */
        record Full() implements Result {}

        /** The result is a numbered blank to fill in. */
        record Blank(int number) implements Result {}

        /** The result is filled in, with the blank's number. */
        record Answer(int number) implements Result {}
    }

    @Override
    public String derivation(Derivation derivation) {
        return derivation(derivation, new Result.Full());
    }

    /**
     * A derivation; for a blank or an answer only the symbolic and the substituted lines are written, followed by
     * the numbered result.
     */
    public String derivation(Derivation derivation, Result result) {
        List<Derivation.Line> lines = derivation.lines();
        if (!(result instanceof Result.Full) && lines.size() > 2) {
            Derivation.Line last = lines.get(lines.size() - 1);
            String answer = result instanceof Result.Blank blank
                    ? "<span class=\"blank\"><span class=\"no\">(" + blank.number() + ")</span></span>"
                    : "<span class=\"answer\"><span class=\"no\">(" + ((Result.Answer) result).number()
                    + ")</span>\u00a0" + term(last.rhs()) + "</span>";
            return table(derivation.lhs(), lines.subList(0, 2), relation(last.relation()), answer);
        }
        return table(derivation.lhs(), lines, null, null);
    }

    private String table(Term lhs, List<Derivation.Line> lines, String finalRelation, String finalCell) {
        StringBuilder out = new StringBuilder("<table class=\"derivation\"><tbody>");
        String width = String.format(java.util.Locale.ROOT, "%.1fem", width(Plain.text(lhs)));
        boolean first = true;
        for (Derivation.Line line : lines) {
            row(out, width, first ? term(lhs) : "", relation(line.relation()),
                    term(line.rhs()));
            first = false;
        }
        if (finalCell != null) {
            row(out, width, "", finalRelation, finalCell);
        }
        return out.append("</tbody></table>").toString();
    }

    private static void row(StringBuilder out, String width, String lhs, String relation, String rhs) {
        out.append("<tr><td class=\"lhs\" style=\"min-width: ").append(width).append("\">").append(lhs)
                .append("</td><td class=\"rel\">").append(relation).append("</td><td class=\"rhs\">").append(rhs)
                .append("</td></tr>");
    }

    /**
     * The width of the left-hand side in em, estimated from its plain text (subscripts count less). The print engine
     * sizes table columns by their narrowest possible layout, so the column is given its width explicitly.
     */
    static double width(String plain) {
        double em = 0.3;
        boolean subscript = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '_') {
                subscript = true;
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean small = subscript || (c >= '\u2080' && c <= '\u208e');
            em += small ? 0.45 : 0.66;
        }
        return em;
    }

    /** A formula inside a sentence. */
    public String inline(Term term) {
        return "<span class=\"math\">" + term(term) + "</span>";
    }

    public String inlineEquation(Term lhs, Term rhs) {
        return "<span class=\"math\">" + term(lhs) + "\u00a0=\u00a0" + term(rhs) + "</span>";
    }

    /**
     * A sum may wrap before each "+" and a vector after each comma (breakable spaces, the only ones a formula writes
     * besides its terms' own non-breaking ones: a stacked [h; x] of 8 units and 12 features is wider than the page);
     * its terms never split, which the PDF's line breaker sees to (pdf.TermKeepingBreaker).
     */
    @Override
    protected String sumOperandOpen(boolean first) {
        return first ? "" : " +\u00a0";
    }

    @Override
    protected String sumOperandClose() {
        return "";
    }

    @Override
    protected String number(Numeral numeral) {
        if (!numeral.scientific()) {
            return (numeral.negative() ? "−" : "") + numeral.digits();
        }
        String exponent = numeral.exponent() < 0 ? "−" + -numeral.exponent() : Integer.toString(numeral.exponent());
        return (numeral.negative() ? "−" : "") + numeral.digits() + "×10<sup>" + exponent + "</sup>";
    }

    @Override
    protected String name(Term.Name name) {
        String base = "<i>" + escape(name.base()) + (name.tilde() ? "\u0303" : "") + "</i>";
        if (!name.subscript().isEmpty()) {
            base += "<sub>" + escape(name.subscript()) + "</sub>";
        }
        return name.index().isEmpty() ? base : base + "[" + escape(name.index()) + "]";
    }

    @Override
    protected String operator(String symbol) {
        return switch (symbol) {
            case "+" -> " +\u00a0";
            case ";" -> ";\u00a0";
            case "," -> ", ";
            default -> symbol;
        };
    }

    /** Plain text of a number, for places that need no markup. */
    public static String text(Numeral numeral) {
        return Numerals.text(numeral);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
