package dev.unrolled.trace;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number on the page together with its name and, when it was computed, the expression that produced it (operands
 * in order). In hand mode {@code value} is the rounded number the reader carries forward; in exact mode it is the
 * exact decimal value of the IEEE double.
 */
public sealed interface Quantity {
    Symbol symbol();

    BigDecimal value();

    /** An input: a weight, a bias, a feature of x_t or the initial state, as written in the example. */
    record Given(Symbol symbol, BigDecimal value) implements Quantity {
        public Given {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A computed quantity. Equality is identity (see {@link #equals}).
     *
     * @param unrounded   the definition's value before hand-mode rounding: exact for sums and products, the double
     *                    result for σ and tanh; in exact mode the same as {@code value}
     * @param approximate true when {@code value} is not exactly the mathematical result of {@code definition} applied
     *                    to its operands' values (it was rounded, or the function's result is irrational), so a
     *                    writer puts "≈" rather than "=" in front of it
     */
    record Computed(Symbol symbol, BigDecimal value, BigDecimal unrounded, Expr definition, boolean approximate)
            implements Quantity {
        public Computed {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unrounded, "unrounded");
            Objects.requireNonNull(definition, "definition");
        }

        /**
         * Identity: a computed quantity is a node of the run's expression graph, and that graph shares operands
         * between steps, so comparing or hashing it component by component would walk the whole history.
         */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** The symbol and value only, for the same reason. */
        @Override
        public String toString() {
            return symbol + " = " + value.toPlainString();
        }
    }
}
