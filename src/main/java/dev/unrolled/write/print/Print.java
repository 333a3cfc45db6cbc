package dev.unrolled.write.print;

import dev.unrolled.write.Derivation;
import dev.unrolled.write.Numeral;
import dev.unrolled.write.Numerals;
import dev.unrolled.write.Term;
import dev.unrolled.write.TermWriter;
import dev.unrolled.write.plain.Plain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * XHTML for the printed handouts: formulas as ordinary text (spans, sub), so that every number in the PDF is real,
 * searchable text. A derivation is a block of lines, the left-hand side and every relation in columns of their own;
 * a long right-hand side wraps only before a "+" (or after a vector's comma), onto a continuation line indented
 * under the first, since the PDF's line breaker never breaks inside a term (pdf.TermKeepingBreaker).
 */
public final class Print extends TermWriter {
    /**
     * The layout of a derivation's lines, in em (print.css gives .lhs a right padding of LHS_GAP and .rel a width of
     * RELATION): each line is a block whose wrapped lines start HANGING past the right-hand side; its first line
     * is pulled back to the margin by the left-hand side's box (or, without one, the relation's), so that every
     * relation of a derivation sits in one column. Boxes and a margin instead of a three-column table: openhtmltopdf
     * lays a table out in several passes, and a sheet has a hundred derivations (PDFs 14 % faster to render).
     */
    private static final double LHS_GAP = 0.3;
    private static final double RELATION = 1.2;
    private static final double HANGING = 1.5;
    private static final String ALONE = fixed(RELATION + HANGING, 2);

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
            return lines(derivation.lhs(), lines.subList(0, 2), relation(last.relation()), answer);
        }
        return lines(derivation.lhs(), lines, null, null);
    }

    private String lines(Term lhs, List<Derivation.Line> lines, String finalRelation, String finalCell) {
        double lhsWidth = Math.ceil(width(Plain.text(lhs)) * 10) / 10; // written to 0.1 em, the indent exactly
        double indent = lhsWidth + LHS_GAP + RELATION + HANGING;
        String indentEm = fixed(indent, 2);
        String line = "<div class=\"line\" style=\"padding-left: " + indentEm + "em\">";
        StringBuilder out = new StringBuilder("<div class=\"derivation\">");
        boolean first = true;
        for (Derivation.Line each : lines) {
            out.append(line);
            if (first) {
                out.append("<span class=\"lhs\" style=\"width: ").append(fixed(lhsWidth, 1))
                        .append("em; margin-left: -").append(indentEm).append("em\">").append(term(lhs))
                        .append("</span>");
                relation(out, relation(each.relation()), false);
            } else {
                relation(out, relation(each.relation()), true);
            }
            out.append(term(each.rhs())).append("</div>");
            first = false;
        }
        if (finalCell != null) {
            out.append(line);
            relation(out, finalRelation, true);
            out.append(finalCell).append("</div>");
        }
        return out.append("</div>").toString();
    }

    /**
     * {@code value} to {@code decimals} places, as {@code String.format(Locale.ROOT, "%.2f", value)} writes it (its
     * shortest decimal digits rounded half up), without the Formatter: called for every derivation, it was half a
     * per cent of a full build's CPU and kept the Formatter's code in the compiler's queue.
     */
    static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A line's relation in a box of its own width; on a line without the left-hand side, moved back to its place. */
    private static void relation(StringBuilder out, String relation, boolean alone) {
        out.append(alone ? "<span class=\"rel\" style=\"margin-left: -" + ALONE + "em\">" : "<span class=\"rel\">")
                .append(relation).append("</span>");
    }

    /**
     * The width of the left-hand side in em, estimated from its plain text (subscripts count less), generously: the
     * box is this wide whatever it holds, so that the relations of all lines line up.
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
