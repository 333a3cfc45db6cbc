package dev.unrolled.write;

import dev.unrolled.trace.Expr;
import java.util.List;

/**
 * Renders {@link Term}s in one output format. This class owns the layout rules every format shares (which operands
 * need parentheses, the order of parts); subclasses supply the format's atoms.
 */
public abstract class TermWriter {

    /** An aligned derivation: the left-hand side once, then one line per restatement. */
    public abstract String derivation(Derivation derivation);

    /** A term on its own, e.g. a formula inside a sentence. */
    public String term(Term term) {
        StringBuilder out = new StringBuilder(64);
        write(term, out);
        return out.toString();
    }

    /**
     * Appends {@code term} to {@code out}. Every part is written straight into the one buffer: a formula is
     * written thousands of times per build, and joining each level's strings copied every character once per
     * level of nesting.
     */
    protected void write(Term term, StringBuilder out) {
        if (term instanceof Term.Num num) {
            out.append(number(num.numeral()));
        } else if (term instanceof Term.Name name) {
            out.append(name(name));
        } else if (term instanceof Term.Sum sum) {
            out.append(groupOpen());
            for (int n = 0; n < sum.terms().size(); n++) {
                Term operand = sum.terms().get(n);
                boolean wrap = operand instanceof Term.Sum || (n > 0 && isNegativeNumber(operand));
                out.append(sumOperandOpen(n == 0));
                writeWrapped(operand, wrap, out);
                out.append(sumOperandClose());
            }
            out.append(groupClose());
        } else if (term instanceof Term.Product product) {
            out.append(groupOpen());
            factor(product.left(), out);
            out.append(operator(symbol(product.op())));
            factor(product.right(), out);
            out.append(groupClose());
        } else if (term instanceof Term.Apply apply) {
            out.append(applyOpen(apply.function() == Expr.Function.SIGMOID ? "σ" : "tanh"));
            write(apply.argument(), out);
            out.append(applyClose());
        } else if (term instanceof Term.Stack stack) {
            bracketed(stack.parts(), ";", false, out);
        } else {
            Term.Vector vector = (Term.Vector) term;
            bracketed(vector.entries(), ",", vector.transposed(), out);
        }
    }

    private void bracketed(List<Term> items, String separator, boolean transposed, StringBuilder out) {
        out.append(bracketOpen(transposed));
        for (int n = 0; n < items.size(); n++) {
            if (n > 0) {
                out.append(operator(separator));
            }
            write(items.get(n), out);
        }
        out.append(bracketClose(transposed));
    }

    private void writeWrapped(Term term, boolean wrap, StringBuilder out) {
        if (wrap) {
            out.append(parenOpen());
            write(term, out);
            out.append(parenClose());
        } else {
            write(term, out);
        }
    }

    /** What comes before one operand of a sum: the "+" unless it is the first. */
    protected String sumOperandOpen(boolean first) {
        return first ? "" : operator("+");
    }

    /** What comes after one operand of a sum. */
    protected String sumOperandClose() {
        return "";
    }

    /** A factor of a product: sums and negative numbers get parentheses, (−0.1)×0. */
    private void factor(Term operand, StringBuilder out) {
        writeWrapped(operand, operand instanceof Term.Sum || isNegativeNumber(operand), out);
    }

    private static boolean isNegativeNumber(Term term) {
        return term instanceof Term.Num num && num.numeral().negative();
    }

    private static String symbol(Term.Op op) {
        return switch (op) {
            case TIMES -> "×";
            case HADAMARD -> "⊙";
            case DOT -> "·";
        };
    }

    protected static String relation(Relation relation) {
        return relation == Relation.EQUALS ? "=" : "≈";
    }

    /** A number, its sign included. */
    protected abstract String number(Numeral numeral);

    protected abstract String name(Term.Name name);

    /** An operator: one of + × ⊙ · = ≈ ; ,. */
    protected abstract String operator(String symbol);

    /** Before and after parts laid out in a row; text formats (the default) just write them one after another. */
    protected String groupOpen() {
        return "";
    }

    protected String groupClose() {
        return "";
    }

    /** Parentheses; text formats (the default) write them as characters. */
    protected String parenOpen() {
        return "(";
    }

    protected String parenClose() {
        return ")";
    }

    /** Before and after the argument of σ(…) or tanh(…); text formats (the default) write the function's name. */
    protected String applyOpen(String function) {
        return function + "(";
    }

    protected String applyClose() {
        return ")";
    }

    /**
     * Before and after the entries of [a; b] or [a, b, c] (separated by {@link #operator}), ᵀ when transposed; text
     * formats (the default) write them as characters.
     */
    protected String bracketOpen(boolean transposed) {
        return "[";
    }

    protected String bracketClose(boolean transposed) {
        return transposed ? "]ᵀ" : "]";
    }
}
