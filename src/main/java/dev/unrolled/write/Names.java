package dev.unrolled.write;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Expr;
import dev.unrolled.trace.Symbol;

/**
 * The article's notation for every quantity: f_t, i_t, o_t, C̃_t for the gates, z_{f,t} for pre-activations, W_f and
 * b_f for parameters, h_t, C_t, x_t for the states and input. Vector entries get a 1-based index in brackets
 * (h₂[1]) only when the vector has more than one entry. Time −1 is the initial state.
 */
public final class Names {
    private final int hiddenSize;
    private final int featureCount;

    public Names(int hiddenSize, int featureCount) {
        this.hiddenSize = hiddenSize;
        this.featureCount = featureCount;
    }

    public static String time(int t) {
        return t < 0 ? "−" + -t : Integer.toString(t);
    }

    /** The letter of a gate's value: f, i, o, or C (shown with a tilde) for the candidate. */
    public static String letter(Gate gate) {
        return switch (gate) {
            case FORGET -> "f";
            case INPUT -> "i";
            case CANDIDATE -> "C";
            case OUTPUT -> "o";
        };
    }

    public Term.Name gate(Gate gate, String time, String index) {
        return new Term.Name(letter(gate), gate == Gate.CANDIDATE, time, index);
    }

    public Term.Name w(Gate gate, String index) {
        return new Term.Name("W", false, letter(gate), index);
    }

    public Term.Name b(Gate gate, String index) {
        return new Term.Name("b", false, letter(gate), index);
    }

    public Term.Name h(String time, String index) {
        return new Term.Name("h", false, time, index);
    }

    public Term.Name c(String time, String index) {
        return new Term.Name("C", false, time, index);
    }

    public Term.Name x(String time, String index) {
        return new Term.Name("x", false, time, index);
    }

    public Term.Name z(Gate gate, String time, String index) {
        return new Term.Name("z", false, letter(gate) + "," + time, index);
    }

    /** The index shown for entry {@code i} (0-based) of a hidden-size vector, or "" for a single unit. */
    public String unit(int i) {
        return hiddenSize > 1 ? Integer.toString(i + 1) : "";
    }

    /** The index shown for feature {@code k} (0-based) of x, or "" for a single feature. */
    public String feature(int k) {
        return featureCount > 1 ? Integer.toString(k + 1) : "";
    }

    /** The term naming {@code symbol}; tanh(C_t) is a function applied to a name. */
    public Term of(Symbol symbol) {
        if (symbol instanceof Symbol.State state) {
            String t = time(state.time());
            return switch (state.vector()) {
                case X -> x(t, feature(state.index()));
                case H -> h(t, unit(state.index()));
                case C -> c(t, unit(state.index()));
                case TANH_C -> new Term.Apply(Expr.Function.TANH, c(t, unit(state.index())));
                case CONCAT -> new Term.Stack(java.util.List.of(h(time(state.time() - 1), ""), x(t, "")));
            };
        }
        if (symbol instanceof Symbol.Weight w) {
            return w(w.gate(), (w.row() + 1) + "," + (w.column() + 1));
        }
        if (symbol instanceof Symbol.Bias b) {
            return b(b.gate(), unit(b.row()));
        }
        if (symbol instanceof Symbol.PreActivation z) {
            return z(z.gate(), time(z.time()), unit(z.unit()));
        }
        Symbol.GateValue g = (Symbol.GateValue) symbol;
        return gate(g.gate(), time(g.time()), unit(g.unit()));
    }
}
