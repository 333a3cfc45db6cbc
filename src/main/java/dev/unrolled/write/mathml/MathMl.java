package dev.unrolled.write.mathml;

import dev.unrolled.write.Derivation;
import dev.unrolled.write.Numeral;
import dev.unrolled.write.Term;
import dev.unrolled.write.TermWriter;

/**
 * Presentation MathML for browsers (MathML Core, as Chromium and Firefox render it natively). A derivation is an
 * {@code mtable} whose first column holds the left-hand side and whose second column starts each line with its
 * relation, so the "=" signs align.
 */
public final class MathMl extends TermWriter {

    /** A display formula: {@code <math display="block">}. */
    public String block(Derivation derivation) {
        StringBuilder out = new StringBuilder(4096).append("<math display=\"block\">");
        derivation(derivation, out);
        return out.append("</math>").toString();
    }

    /** An inline formula inside a sentence. */
    public String inline(Term term) {
        StringBuilder out = new StringBuilder(256).append("<math>");
        write(term, out);
        return out.append("</math>").toString();
    }

    /** An inline "lhs = rhs". */
    public String inlineEquation(Term lhs, Term rhs) {
        StringBuilder out = new StringBuilder(256).append("<math>").append(groupOpen());
        write(lhs, out);
        out.append(operator("="));
        write(rhs, out);
        return out.append(groupClose()).append("</math>").toString();
    }

    @Override
    public String derivation(Derivation derivation) {
        StringBuilder out = new StringBuilder(4096);
        derivation(derivation, out);
        return out.toString();
    }

    private void derivation(Derivation derivation, StringBuilder out) {
        out.append("<mtable class=\"chain\">");
        boolean first = true;
        for (Derivation.Line line : derivation.lines()) {
            out.append("<mtr><mtd>");
            if (first) {
                write(derivation.lhs(), out);
            }
            out.append("</mtd><mtd>").append(operator(relation(line.relation())));
            write(line.rhs(), out);
            out.append("</mtd></mtr>");
            first = false;
        }
        out.append("</mtable>");
    }

    @Override
    protected String number(Numeral n) {
        String body = "<mn>" + n.digits() + "</mn>";
        if (n.scientific()) {
            String exponent = n.exponent() < 0 ? "<mrow><mo>−</mo><mn>" + -n.exponent() + "</mn></mrow>"
                    : "<mn>" + n.exponent() + "</mn>";
            body = "<mrow>" + body + "<mo>×</mo><msup><mn>10</mn>" + exponent + "</msup></mrow>";
        }
        return n.negative() ? "<mrow><mo>−</mo>" + body + "</mrow>" : body;
    }

    @Override
    protected String name(Term.Name name) {
        String base = "<mi>" + escape(name.base()) + "</mi>";
        if (name.tilde()) {
            base = "<mover accent=\"true\">" + base + "<mo>˜</mo></mover>";
        }
        if (!name.subscript().isEmpty()) {
            base = "<msub>" + base + tokens(name.subscript()) + "</msub>";
        }
        if (name.index().isEmpty()) {
            return base;
        }
        return "<mrow>" + base + "<mo stretchy=\"false\">[</mo>" + tokens(name.index())
                + "<mo stretchy=\"false\">]</mo></mrow>";
    }

    /** A subscript or index such as "f,−1": numbers as mn (with their sign), letters as mi, commas as mo. */
    private static String tokens(String text) {
        StringBuilder out = new StringBuilder("<mrow>");
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '−') {
                out.append("<mo>−</mo>");
                i++;
            } else if (c == ',') {
                out.append("<mo separator=\"true\">,</mo>");
                i++;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                out.append("<mn>").append(text, i, end).append("</mn>");
                i = end;
            } else {
                out.append("<mi>").append(escape(String.valueOf(c))).append("</mi>");
                i++;
            }
        }
        return out.append("</mrow>").toString();
    }

    @Override
    protected String operator(String symbol) {
        return switch (symbol) {
            case "·" -> "<mo>⋅</mo>";
            case ",", ";" -> "<mo separator=\"true\">" + symbol + "</mo>";
            default -> "<mo>" + escape(symbol) + "</mo>";
        };
    }

    @Override
    protected String groupOpen() {
        return "<mrow>";
    }

    @Override
    protected String groupClose() {
        return "</mrow>";
    }

    @Override
    protected String parenOpen() {
        return "<mrow><mo>(</mo>";
    }

    @Override
    protected String parenClose() {
        return "<mo>)</mo></mrow>";
    }

    @Override
    protected String applyOpen(String function) {
        return "<mrow><mi>" + function + "</mi><mo>\u2061</mo>" + parenOpen();
    }

    @Override
    protected String applyClose() {
        return parenClose() + "</mrow>";
    }

    @Override
    protected String bracketOpen(boolean transposed) {
        return transposed ? "<msup><mrow><mo>[</mo>" : "<mrow><mo>[</mo>";
    }

    @Override
    protected String bracketClose(boolean transposed) {
        return transposed ? "<mo>]</mo></mrow><mi mathvariant=\"normal\">⊤</mi></msup>" : "<mo>]</mo></mrow>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
