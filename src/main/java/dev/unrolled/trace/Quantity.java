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
     * A computed quantity.
     *
     * @param approximate true when {@code value} is not exactly the mathematical result of {@code definition} applied
     *                    to its operands' values (it was rounded, or the function's result is irrational), so a
     *                    writer puts "≈" rather than "=" in front of it
     */
    record Computed(Symbol symbol, BigDecimal value, Expr definition, boolean approximate) implements Quantity {
        public Computed {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(definition, "definition");
        }
    }
}
