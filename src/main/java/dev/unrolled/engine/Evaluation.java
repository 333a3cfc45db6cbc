package dev.unrolled.engine;

import dev.unrolled.trace.Expr;
import java.math.BigDecimal;

/**
 * The value of an expression in decimal arithmetic: sums and products of the operands' values exactly, σ and tanh
 * through doubles (their results are irrational except at 0). {@code exact} says whether {@code value} is the
 * mathematically exact result.
 */
record Evaluation(BigDecimal value, boolean exact) {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    static Evaluation of(Expr expr) {
        if (expr instanceof Expr.Ref ref) {
            return new Evaluation(ref.quantity().value(), true);
        }
        if (expr instanceof Expr.Sum sum) {
            BigDecimal total = BigDecimal.ZERO;
            boolean exact = true;
            for (Expr term : sum.terms()) {
                Evaluation e = of(term);
                total = total.add(e.value);
                exact &= e.exact;
            }
            return new Evaluation(total, exact);
        }
        if (expr instanceof Expr.Product product) {
            Evaluation left = of(product.left());
            Evaluation right = of(product.right());
            return new Evaluation(left.value.multiply(right.value), left.exact && right.exact);
        }
        Expr.Apply apply = (Expr.Apply) expr;
        Evaluation argument = of(apply.argument());
        if (argument.exact && argument.value.signum() == 0) {
            return new Evaluation(apply.function() == Expr.Function.SIGMOID ? HALF : BigDecimal.ZERO, true);
        }
        return new Evaluation(new BigDecimal(apply(apply.function(), argument.value.doubleValue())), false);
    }

    static double apply(Expr.Function function, double argument) {
        return function == Expr.Function.SIGMOID ? Functions.sigmoid(argument) : Functions.tanh(argument);
    }
}
