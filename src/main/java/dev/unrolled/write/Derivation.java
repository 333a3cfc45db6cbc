package dev.unrolled.write;

import java.util.List;

/**
 * A left-hand side followed by lines that each restate it: symbolic, substituted, partly evaluated, result.
 * Written as an aligned chain {@code f₂ = σ(…) = σ(−0.1902) ≈ σ(−0.190) ≈ 0.453}.
 */
public record Derivation(Term lhs, List<Line> lines) {
    public Derivation {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a derivation needs at least one line");
        }
    }

    public record Line(Relation relation, Term rhs) {}

    /** The right-hand side of the last line: the result. */
    public Term result() {
        return lines.get(lines.size() - 1).rhs();
    }
}
