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
import dev.unrolled.write.print.Print;
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
    private final Sheet sheet;
    private final SiteSettings.Exercises exercises;
    private final MathMl mathMl = new MathMl();
    private final Latex latex = new Latex();
    private final Print print = new Print();
    private int blanks;
    private Stash stash;

    /** The formulas of a web page or Markdown export: every line of every derivation. */
    public Formulas(Target target, Trace trace) {
        this(target, trace, Sheet.HANDOUT, SiteSettings.Exercises.DEFAULT);
    }

    /** The formulas of a printed sheet; on exercise sheets and answer keys results are numbered in order. */
    public Formulas(Target target, Trace trace, Sheet sheet, SiteSettings.Exercises exercises) {
        this.target = target;
        this.derivations = new Derivations(trace);
        this.names = derivations.names();
        this.hiddenSize = trace.hiddenSize();
        this.sheet = sheet;
        this.exercises = exercises;
    }

    /** Hands generated markup to {@code stash} instead of returning it (for prose that goes through Markdown). */
    Formulas stashingInto(Stash stash) {
        this.stash = stash;
        return this;
    }

    private String out(String markup) {
        return stash == null ? markup : stash.put(markup);
    }

    private String outInline(String markup) {
        return stash == null ? markup : stash.putInline(markup);
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
        return block(derivations.gate(step, gate(gate), unit), SiteSettings.Blank.GATES, step);
    }

    public String cell(Step step, int unit) {
        return block(derivations.cell(step, unit), SiteSettings.Blank.CELL, step);
    }

    public String hidden(Step step, int unit) {
        return block(derivations.hidden(step, unit), SiteSettings.Blank.HIDDEN, step);
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

    private String block(Derivation derivation, SiteSettings.Blank kind, Step step) {
        if (target != Target.PRINT || sheet == Sheet.HANDOUT || !exercises.blanks(kind, step.t())) {
            return block(derivation);
        }
        blanks++;
        return out(print.derivation(derivation, sheet == Sheet.EXERCISES ? new Print.Result.Blank(blanks)
                : new Print.Result.Answer(blanks)));
    }

    private String block(Derivation derivation) {
        return out(switch (target) {
            case HTML -> mathMl.block(derivation);
            case MARKDOWN -> latex.derivation(derivation);
            case PRINT -> print.derivation(derivation);
        });
    }

    private String inline(Term term) {
        return outInline(switch (target) {
            case HTML -> mathMl.inline(term);
            case MARKDOWN -> latex.inline(term);
            case PRINT -> print.inline(term);
        });
    }

    private String equation(Term lhs, Term rhs) {
        return outInline(switch (target) {
            case HTML -> mathMl.inlineEquation(lhs, rhs);
            case MARKDOWN -> latex.inlineEquation(lhs, rhs);
            case PRINT -> print.inlineEquation(lhs, rhs);
        });
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
