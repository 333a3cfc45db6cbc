package dev.unrolled.write;

import dev.unrolled.trace.Expr;
import java.util.ArrayList;
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
        if (term instanceof Term.Num num) {
            return number(num.numeral());
        }
        if (term instanceof Term.Name name) {
            return name(name);
        }
        if (term instanceof Term.Sum sum) {
            List<String> parts = new ArrayList<>();
            for (int n = 0; n < sum.terms().size(); n++) {
                Term operand = sum.terms().get(n);
                boolean wrap = operand instanceof Term.Sum || (n > 0 && isNegativeNumber(operand));
                parts.add(sumOperand(n == 0, wrap ? parenthesized(term(operand)) : term(operand)));
            }
            return group(parts);
        }
        if (term instanceof Term.Product product) {
            return group(List.of(factor(product.left()), operator(symbol(product.op())), factor(product.right())));
        }
        if (term instanceof Term.Apply apply) {
            return apply(apply.function() == Expr.Function.SIGMOID ? "σ" : "tanh", term(apply.argument()));
        }
        if (term instanceof Term.Stack stack) {
            return bracketed(stack.parts().stream().map(this::term).toList(), ";", false);
        }
        Term.Vector vector = (Term.Vector) term;
        return bracketed(vector.entries().stream().map(this::term).toList(), ",", vector.transposed());
    }

    /** One operand of a sum, with the "+" before it unless it is the first. */
    protected String sumOperand(boolean first, String operand) {
        return first ? operand : operator("+") + operand;
    }

    /** A factor of a product: sums and negative numbers get parentheses, (−0.1)×0. */
    private String factor(Term operand) {
        boolean wrap = operand instanceof Term.Sum || isNegativeNumber(operand);
        return wrap ? parenthesized(term(operand)) : term(operand);
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

    /** Parts laid out in a row; text formats (the default) just join them. */
    protected String group(List<String> parts) {
        return String.join("", parts);
    }

    /** {@code inner} in parentheses; text formats (the default) write them as characters. */
    protected String parenthesized(String inner) {
        return "(" + inner + ")";
    }

    /** σ(argument) or tanh(argument); text formats (the default) write the function's name as it is. */
    protected String apply(String function, String argument) {
        return function + "(" + argument + ")";
    }

    /** [a; b] or [a, b, c], with ᵀ when {@code transposed}. */
    protected abstract String bracketed(List<String> items, String separator, boolean transposed);
}
