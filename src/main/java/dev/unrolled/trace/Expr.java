package dev.unrolled.trace;

import java.util.List;
import java.util.Objects;

/**
 * How a computed quantity was produced, operands in order, so a writer can print
 * {@code σ(0.2×0 + 0.3×1 + (−0.1)×0 + 0.4×0 + (−0.1))} without recomputing anything.
 */
public sealed interface Expr {

    /** The two squashing functions of an LSTM. */
    enum Function { SIGMOID, TANH }

    /** An operand, shown as its quantity's value. */
    record Ref(Quantity quantity) implements Expr {
        public Ref {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A sum, terms in order. */
    record Sum(List<Expr> terms) implements Expr {
        public Sum {
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("a sum needs terms");
            }
        }
    }

    /**
     * A product of two operands. {@code elementwise} marks a unit of a Hadamard product (f_t ⊙ C_{t−1}), as opposed
     * to a term of a matrix–vector product (W·[h; x]).
     */
    record Product(Expr left, Expr right, boolean elementwise) implements Expr {
        public Product {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** σ(argument) or tanh(argument). */
    record Apply(Function function, Expr argument) implements Expr {
        public Apply {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(argument, "argument");
        }
    }

    static Ref ref(Quantity quantity) {
        return new Ref(quantity);
    }
}
