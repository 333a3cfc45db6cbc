package dev.unrolled.write;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Expr;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Quantity.Computed;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Derivation.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the derivations of a run from its trace, reading each quantity's expression and never recomputing:
 * symbolic form, fully substituted form, the rounding steps a reader takes, and the result.
 */
public final class Derivations {
    private final Numerals numerals;
    private final Names names;

    public Derivations(Trace trace) {
        this.numerals = new Numerals(trace.arithmetic());
        this.names = new Names(trace.hiddenSize(), trace.example().features().size());
    }

    public Numerals numerals() {
        return numerals;
    }

    public Names names() {
        return names;
    }

    /** f_t = σ(W_f·[h_{t−1}; x_t] + b_f) = σ(0.2×0.049 + …) = σ(−0.1902) ≈ σ(−0.190) ≈ 0.453, one unit. */
    public Derivation gate(Step step, Gate gate, int unit) {
        Computed value = step.gate(gate).value().get(unit);
        Computed z = step.gate(gate).z().get(unit);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Relation.EQUALS, symbolicGate(gate, Names.time(step.t() - 1), Names.time(step.t()),
                names.unit(unit))));
        lines.addAll(evaluate(value, List.of(z)));
        return new Derivation(names.of(value.symbol()), lines);
    }

    /** C_t = f_t ⊙ C_{t−1} + i_t ⊙ C̃_t = 0.453×0.123 + 0.651×(−0.085) = 0.000384 ≈ 0.000, one unit. */
    public Derivation cell(Step step, int unit) {
        Computed c = step.c().get(unit);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Relation.EQUALS, symbolicCell(Names.time(step.t() - 1), Names.time(step.t()),
                names.unit(unit))));
        lines.addAll(evaluate(c, List.of()));
        return new Derivation(names.of(c.symbol()), lines);
    }

    /** h_t = o_t ⊙ tanh(C_t) = 0.401×tanh(0.123) ≈ 0.401×0.122 = 0.048922 ≈ 0.049, one unit. */
    public Derivation hidden(Step step, int unit) {
        Computed h = step.h().get(unit);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Relation.EQUALS, symbolicHidden(Names.time(step.t()), names.unit(unit))));
        lines.addAll(evaluate(h, List.of(step.tanhC().get(unit))));
        return new Derivation(names.of(h.symbol()), lines);
    }

    /** [h_{t−1}; x_t] = [0.049, 0, 1, 0]ᵀ. */
    public Derivation concat(Step step) {
        Term lhs = new Term.Stack(List.of(names.h(Names.time(step.t() - 1), ""), names.x(Names.time(step.t()), "")));
        return new Derivation(lhs, List.of(new Line(Relation.EQUALS, vector(step.concat()))));
    }

    /** x_t = [1, 0, 0]ᵀ. */
    public Derivation input(Step step) {
        return new Derivation(names.x(Names.time(step.t()), ""), List.of(new Line(Relation.EQUALS,
                vector(step.x()))));
    }

    /** A vector of quantities as shown: a bare number for one entry, else [a, b, …]ᵀ. */
    public Term vector(List<? extends Quantity> quantities) {
        if (quantities.size() == 1) {
            return number(quantities.get(0));
        }
        return new Term.Vector(quantities.stream().map(this::number).toList(), true);
    }

    public Term number(Quantity quantity) {
        return new Term.Num(numerals.of(quantity));
    }

    /** σ(W_g·[h_{before}; x_{now}] + b_g) or tanh(…), for unit {@code index} ("" for all units). */
    public Term symbolicGate(Gate gate, String before, String now, String index) {
        Term affine = new Term.Sum(List.of(
                new Term.Product(names.w(gate, index), new Term.Stack(List.of(names.h(before, ""),
                        names.x(now, ""))), Term.Op.DOT),
                names.b(gate, index)));
        return new Term.Apply(function(gate), affine);
    }

    /** f_t ⊙ C_{t−1} + i_t ⊙ C̃_t. */
    public Term symbolicCell(String before, String now, String index) {
        return new Term.Sum(List.of(
                new Term.Product(names.gate(Gate.FORGET, now, index), names.c(before, index), Term.Op.HADAMARD),
                new Term.Product(names.gate(Gate.INPUT, now, index), names.gate(Gate.CANDIDATE, now, index),
                        Term.Op.HADAMARD)));
    }

    /** o_t ⊙ tanh(C_t). */
    public Term symbolicHidden(String now, String index) {
        return new Term.Product(names.gate(Gate.OUTPUT, now, index),
                new Term.Apply(Expr.Function.TANH, names.c(now, index)), Term.Op.HADAMARD);
    }

    public static Expr.Function function(Gate gate) {
        return gate.activation() == Gate.Activation.SIGMOID ? Expr.Function.SIGMOID : Expr.Function.TANH;
    }

    /**
     * The lines from the fully substituted definition of {@code quantity} to its value: the quantities in
     * {@code expanded} first appear as their own substituted definitions, then (in hand mode, when rounding changed
     * them) as their exact value, then as the rounded value the reader carries on with.
     */
    private List<Line> evaluate(Computed quantity, List<Computed> expanded) {
        List<Line> lines = new ArrayList<>();
        Map<Quantity, Term> shown = new HashMap<>();
        for (Computed inner : expanded) {
            shown.put(inner, substitute(inner.definition(), Map.of()));
        }
        lines.add(new Line(Relation.EQUALS, substitute(quantity.definition(), shown)));
        for (Computed inner : expanded) {
            if (numerals.showsUnrounded(inner) && isPolynomial(inner.definition())) {
                shown.put(inner, new Term.Num(numerals.unrounded(inner)));
                lines.add(new Line(Relation.EQUALS, substitute(quantity.definition(), shown)));
            }
            shown.put(inner, number(inner));
            lines.add(new Line(numerals.relation(inner), substitute(quantity.definition(), shown)));
        }
        if (numerals.showsUnrounded(quantity) && isPolynomial(quantity.definition())) {
            lines.add(new Line(Relation.EQUALS, new Term.Num(numerals.unrounded(quantity))));
        }
        lines.add(new Line(numerals.relation(quantity), number(quantity)));
        return lines;
    }

    /** The expression with every operand replaced by its shown number (or by {@code shown}'s term for it). */
    private Term substitute(Expr expr, Map<Quantity, Term> shown) {
        if (expr instanceof Expr.Ref ref) {
            Term override = shown.get(ref.quantity());
            return override != null ? override : number(ref.quantity());
        }
        if (expr instanceof Expr.Sum sum) {
            return new Term.Sum(sum.terms().stream().map(t -> substitute(t, shown)).toList());
        }
        if (expr instanceof Expr.Product product) {
            return new Term.Product(substitute(product.left(), shown), substitute(product.right(), shown),
                    Term.Op.TIMES);
        }
        Expr.Apply apply = (Expr.Apply) expr;
        return new Term.Apply(apply.function(), substitute(apply.argument(), shown));
    }

    private static boolean isPolynomial(Expr expr) {
        if (expr instanceof Expr.Apply) {
            return false;
        }
        if (expr instanceof Expr.Sum sum) {
            return sum.terms().stream().allMatch(Derivations::isPolynomial);
        }
        if (expr instanceof Expr.Product product) {
            return isPolynomial(product.left()) && isPolynomial(product.right());
        }
        return true;
    }
}
