package dev.unrolled.site;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Derivation;
import dev.unrolled.write.Derivations;
import dev.unrolled.write.Names;
import dev.unrolled.write.Relation;
import dev.unrolled.write.Term;
import dev.unrolled.write.latex.Latex;
import dev.unrolled.write.mathml.MathMl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The formulas of one article for one target, as the formula macros in {@code templates/formulas/} call them
 * ({@code fx.gate(step, "forget")}). Returns markup (MathML or LaTeX) without the block wrapper, which the macros
 * add. Every number comes from the trace.
 */
public final class Formulas {
    /** Up to this many hidden units every unit's derivation is written out; beyond it, unit 1 only. */
    public static final int EXPAND_LIMIT = 4;

    private final Target target;
    private final Derivations derivations;
    private final Names names;
    private final int hiddenSize;
    private final MathMl mathMl = new MathMl();
    private final Latex latex = new Latex();

    public Formulas(Target target, Trace trace) {
        this.target = target;
        this.derivations = new Derivations(trace);
        this.names = derivations.names();
        this.hiddenSize = trace.hiddenSize();
    }

    public boolean expandAll() {
        return hiddenSize <= EXPAND_LIMIT;
    }

    /** The units whose derivations are written out: all of them, or only the first beyond {@link #EXPAND_LIMIT}. */
    public List<Integer> units() {
        List<Integer> units = new ArrayList<>();
        for (int j = 0; j < (expandAll() ? hiddenSize : 1); j++) {
            units.add(j);
        }
        return units;
    }

    public String gate(Step step, String gate, int unit) {
        return block(derivations.gate(step, gate(gate), unit));
    }

    public String cell(Step step, int unit) {
        return block(derivations.cell(step, unit));
    }

    public String hidden(Step step, int unit) {
        return block(derivations.hidden(step, unit));
    }

    public String concat(Step step) {
        return block(derivations.concat(step));
    }

    public String input(Step step) {
        return block(derivations.input(step));
    }

    /** The generic formula of a gate or state at time t, for the recap: f_t = σ(W_f·[h_{t−1}; x_t] + b_f). */
    public String recap(String what) {
        Term lhs;
        Term rhs;
        switch (what) {
            case "cell" -> {
                lhs = names.c("t", "");
                rhs = derivations.symbolicCell("t−1", "t", "");
            }
            case "hidden" -> {
                lhs = names.h("t", "");
                rhs = derivations.symbolicHidden("t", "");
            }
            default -> {
                Gate gate = gate(what);
                lhs = names.gate(gate, "t", "");
                rhs = derivations.symbolicGate(gate, "t−1", "t", "");
            }
        }
        return block(new Derivation(lhs, List.of(new Derivation.Line(Relation.EQUALS, rhs))));
    }

    /** A symbol inside a sentence, e.g. name("h", "t−1") or name("C~", "t") for C̃_t. */
    public String name(String base, String subscript) {
        boolean tilde = base.endsWith("~");
        return inline(new Term.Name(tilde ? base.substring(0, base.length() - 1) : base, tilde, subscript, ""));
    }

    /** "h_2 = 0.026" (or a vector) inside a sentence; {@code which} is x, h, c, hPrev or cPrev. */
    public String value(Step step, String which) {
        String now = Names.time(step.t());
        String before = Names.time(step.t() - 1);
        return switch (which) {
            case "x" -> equation(names.x(now, ""), derivations.vector(step.x()));
            case "h" -> equation(names.h(now, ""), derivations.vector(step.h()));
            case "c" -> equation(names.c(now, ""), derivations.vector(step.c()));
            case "hPrev" -> equation(names.h(before, ""), derivations.vector(step.hPrev()));
            case "cPrev" -> equation(names.c(before, ""), derivations.vector(step.cPrev()));
            default -> throw new IllegalArgumentException("unknown value \"" + which
                    + "\"; expected x, h, c, hPrev or cPrev");
        };
    }

    private String block(Derivation derivation) {
        return target == Target.HTML ? mathMl.block(derivation) : latex.derivation(derivation);
    }

    private String inline(Term term) {
        return target == Target.HTML ? mathMl.inline(term) : latex.inline(term);
    }

    private String equation(Term lhs, Term rhs) {
        return target == Target.HTML ? mathMl.inlineEquation(lhs, rhs) : latex.inlineEquation(lhs, rhs);
    }

    static Gate gate(String key) {
        for (Gate gate : Gate.values()) {
            if (gate.key().equals(key.toLowerCase(Locale.ROOT))) {
                return gate;
            }
        }
        throw new IllegalArgumentException("unknown gate \"" + key + "\"; expected forget, input, candidate or output");
    }
}
