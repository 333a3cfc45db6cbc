package dev.unrolled.engine;

import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Mode;
import dev.unrolled.trace.Expr;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Quantity.Computed;
import dev.unrolled.trace.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.Map;

/** Evaluates the expressions the engine builds, in one of the two arithmetic modes. */
abstract sealed class Calculator {
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

    static Calculator of(Arithmetic arithmetic) {
        return arithmetic.mode() == Mode.HAND ? new Hand(arithmetic.decimals()) : new Exact(arithmetic.decimals());
    }

    /**
     * The named quantity {@code symbol} defined by {@code definition}.
     *
     * @throws NonFiniteException if the value is not a finite double
     */
    abstract Computed compute(Symbol symbol, Expr definition);

    static void requireFinite(Symbol symbol, BigDecimal value) {
        if (value.abs().compareTo(DOUBLE_MAX) > 0) {
            throw new NonFiniteException(symbol);
        }
    }

    /** Hand mode: exact decimal arithmetic, every named quantity rounded half away from zero and reused rounded. */
    static final class Hand extends Calculator {
        private final int decimals;

        Hand(int decimals) {
            this.decimals = decimals;
        }

        @Override
        Computed compute(Symbol symbol, Expr definition) {
            Evaluation exact = Evaluation.of(definition);
            requireFinite(symbol, exact.value());
            BigDecimal rounded = exact.value().setScale(decimals, RoundingMode.HALF_UP);
            boolean approximate = !exact.exact() || rounded.compareTo(exact.value()) != 0;
            return new Computed(symbol, rounded, exact.value(), definition, approximate);
        }
    }

    /**
     * Exact mode: IEEE doubles throughout, operations in the order the expression lists them. Whether a value is
     * exact (shown with "=") is only worked out in decimals when it could show as "=": when the double is a decimal
     * of at most the shown places. Any other value shows rounded, with "≈", and is marked approximate.
     */
    static final class Exact extends Calculator {
        private final int decimals;
        /**
         * The double of each quantity already met: it is where the quantity's exact decimal came from, and Java 17's
         * BigDecimal.doubleValue() of such a long decimal goes through its string: half the time of a run.
         */
        private final Map<Quantity, Double> doubles = new IdentityHashMap<>();

        Exact(int decimals) {
            this.decimals = decimals;
        }

        @Override
        Computed compute(Symbol symbol, Expr definition) {
            double value = evaluate(definition);
            if (!Double.isFinite(value)) {
                throw new NonFiniteException(symbol);
            }
            BigDecimal stored = new BigDecimal(value);
            boolean approximate = true;
            if (stored.stripTrailingZeros().scale() <= decimals) {
                Evaluation decimal = Evaluation.of(definition);
                approximate = !decimal.exact() || stored.compareTo(decimal.value()) != 0;
            }
            Computed computed = new Computed(symbol, stored, stored, definition, approximate);
            doubles.put(computed, value);
            return computed;
        }

        private double evaluate(Expr expr) {
            if (expr instanceof Expr.Ref ref) {
                return doubles.computeIfAbsent(ref.quantity(), quantity -> quantity.value().doubleValue());
            }
            if (expr instanceof Expr.Sum sum) {
                double total = 0;
                for (Expr term : sum.terms()) {
                    total += evaluate(term);
                }
                return total;
            }
            if (expr instanceof Expr.Product product) {
                return evaluate(product.left()) * evaluate(product.right());
            }
            Expr.Apply apply = (Expr.Apply) expr;
            return Evaluation.apply(apply.function(), evaluate(apply.argument()));
        }
    }
}
