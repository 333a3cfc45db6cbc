package dev.unrolled.write.mathml;

import dev.unrolled.write.Derivation;
import dev.unrolled.write.Numeral;
import dev.unrolled.write.Term;
import dev.unrolled.write.TermWriter;
import java.util.List;

/**
 * Presentation MathML for browsers (MathML Core, as Chromium and Firefox render it natively). A derivation is an
 * {@code mtable} whose first column holds the left-hand side and whose second column starts each line with its
 * relation, so the "=" signs align.
 */
public final class MathMl extends TermWriter {

    /** A display formula: {@code <math display="block">}. */
    public String block(Derivation derivation) {
        return "<math display=\"block\">" + derivation(derivation) + "</math>";
    }

    /** An inline formula inside a sentence. */
    public String inline(Term term) {
        return "<math>" + term(term) + "</math>";
    }

    /** An inline "lhs = rhs". */
    public String inlineEquation(Term lhs, Term rhs) {
        return "<math>" + group(List.of(term(lhs), operator("="), term(rhs))) + "</math>";
    }

    @Override
    public String derivation(Derivation derivation) {
        StringBuilder out = new StringBuilder("<mtable class=\"chain\">");
        boolean first = true;
        for (Derivation.Line line : derivation.lines()) {
            out.append("<mtr><mtd>").append(first ? term(derivation.lhs()) : "").append("</mtd><mtd>")
                    .append(operator(relation(line.relation()))).append(term(line.rhs())).append("</mtd></mtr>");
            first = false;
        }
        return out.append("</mtable>").toString();
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
    protected String group(List<String> parts) {
        return "<mrow>" + String.join("", parts) + "</mrow>";
    }

    @Override
    protected String parenthesized(String inner) {
        return "<mrow><mo>(</mo>" + inner + "<mo>)</mo></mrow>";
    }

    @Override
    protected String apply(String function, String argument) {
        return "<mrow><mi>" + function + "</mi><mo>\u2061</mo>" + parenthesized(argument) + "</mrow>";
    }

    @Override
    protected String bracketed(List<String> items, String separator, boolean transposed) {
        String body = "<mrow><mo>[</mo>" + String.join(operator(separator), items) + "<mo>]</mo></mrow>";
        return transposed ? "<msup>" + body + "<mi mathvariant=\"normal\">⊤</mi></msup>" : body;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
