package dev.unrolled.write;

import dev.unrolled.trace.Expr;
import java.util.List;

/**
 * What a formula looks like, independent of the output format: the tree every writer (MathML, LaTeX, plain text,
 * print) renders. Built from the trace by {@link Derivations}; holds numbers already chosen for display.
 */
public sealed interface Term {

    /** A number. */
    record Num(Numeral numeral) implements Term {}

    /**
     * A named quantity such as f₂, C̃₂, W_f or h₁[2].
     *
     * @param subscript may mix letters, digits, "−" and ","; empty for none
     * @param index     the 1-based entry of a vector or matrix row, "" for none
     */
    record Name(String base, boolean tilde, String subscript, String index) implements Term {}

    /** Terms joined by "+", in order. */
    record Sum(List<Term> terms) implements Term {
        public Sum {
            terms = List.copyOf(terms);
        }
    }

    /** Two factors: a number product (×), a Hadamard product (⊙) or a matrix–vector product (·). */
    record Product(Term left, Term right, Op op) implements Term {}

    enum Op { TIMES, HADAMARD, DOT }

    /** σ(argument) or tanh(argument). */
    record Apply(Expr.Function function, Term argument) implements Term {}

    /** A vertical concatenation [a; b]. */
    record Stack(List<Term> parts) implements Term {
        public Stack {
            parts = List.copyOf(parts);
        }
    }

    /** A vector written as a row [a, b, c], with ᵀ when it stands for a column. */
    record Vector(List<Term> entries, boolean transposed) implements Term {
        public Vector {
            entries = List.copyOf(entries);
        }
    }
}
