package dev.unrolled.engine;

import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.Gate;
import dev.unrolled.example.GateWeights;
import dev.unrolled.example.Sentence;
import dev.unrolled.json.Text;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import dev.unrolled.trace.Expr;
import dev.unrolled.trace.Expr.Apply;
import dev.unrolled.trace.Expr.Product;
import dev.unrolled.trace.Expr.Sum;
import dev.unrolled.trace.GateStep;
import dev.unrolled.trace.Parameters;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Quantity.Computed;
import dev.unrolled.trace.Quantity.Given;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Symbol;
import dev.unrolled.trace.Symbol.Vector;
import dev.unrolled.trace.Trace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The LSTM cell, run word by word. It builds each quantity's expression and lets the {@link Calculator} evaluate it,
 * so the trace holds every number with the operands that produced it:
 * <pre>
 *   z_g = W_g·[h_{t−1}; x_t] + b_g      f, i, o = σ(z)   C̃ = tanh(z)
 *   C_t = f ⊙ C_{t−1} + i ⊙ C̃          h_t = o ⊙ tanh(C_t)
 * </pre>
 */
public final class Lstm {
    private final Example example;
    private final Calculator calculator;

    private Lstm(Example example, Arithmetic arithmetic) {
        this.example = example;
        this.calculator = Calculator.of(arithmetic);
    }

    /**
     * Runs {@code sentence} through the example's cell.
     *
     * @throws InputException if a value overflows, naming the step and gate
     */
    public static Trace run(Example example, Sentence sentence, Arithmetic arithmetic) {
        return new Lstm(example, arithmetic).run(sentence, arithmetic);
    }

    private Trace run(Sentence sentence, Arithmetic arithmetic) {
        Parameters parameters = parameters();
        List<Step> steps = new ArrayList<>();
        List<Quantity> hPrev = List.copyOf(parameters.h0());
        List<Quantity> cPrev = List.copyOf(parameters.c0());
        for (int t = 0; t < sentence.tokens().size(); t++) {
            String token = sentence.tokens().get(t);
            try {
                Step step = step(t, token, hPrev, cPrev, parameters);
                steps.add(step);
                hPrev = List.copyOf(step.h());
                cPrev = List.copyOf(step.c());
            } catch (NonFiniteException e) {
                throw overflow(sentence, t, token, e.symbol());
            }
        }
        return new Trace(example, sentence, arithmetic, parameters, steps);
    }

    private Step step(int t, String token, List<Quantity> hPrev, List<Quantity> cPrev, Parameters parameters) {
        List<BigDecimal> features = example.vocabulary().get(token);
        List<Quantity> x = new ArrayList<>();
        for (int k = 0; k < features.size(); k++) {
            x.add(new Given(new Symbol.State(Vector.X, t, k), features.get(k)));
        }
        List<Quantity> concat = new ArrayList<>(hPrev);
        concat.addAll(x);

        Map<Gate, GateStep> gates = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            gates.put(gate, gate(gate, t, concat, parameters));
        }
        List<Computed> forget = gates.get(Gate.FORGET).value();
        List<Computed> input = gates.get(Gate.INPUT).value();
        List<Computed> candidate = gates.get(Gate.CANDIDATE).value();
        List<Computed> output = gates.get(Gate.OUTPUT).value();

        List<Computed> c = new ArrayList<>();
        List<Computed> tanhC = new ArrayList<>();
        List<Computed> h = new ArrayList<>();
        for (int j = 0; j < example.hiddenSize(); j++) {
            // C_t = f ⊙ C_{t−1} + i ⊙ C̃ (one unit)
            Computed cell = calculator.compute(new Symbol.State(Vector.C, t, j), new Sum(List.of(
                    hadamard(forget.get(j), cPrev.get(j)), hadamard(input.get(j), candidate.get(j)))));
            // tanh(C_t)
            Computed squashed = calculator.compute(new Symbol.State(Vector.TANH_C, t, j),
                    new Apply(Expr.Function.TANH, Expr.ref(cell)));
            // h_t = o ⊙ tanh(C_t)
            Computed hidden = calculator.compute(new Symbol.State(Vector.H, t, j),
                    hadamard(output.get(j), squashed));
            c.add(cell);
            tanhC.add(squashed);
            h.add(hidden);
        }
        return new Step(t, token, x, hPrev, cPrev, concat, gates, c, tanhC, h);
    }

    /** z = W·[h_{t−1}; x_t] + b, then σ(z) or tanh(z), unit by unit. */
    private GateStep gate(Gate gate, int t, List<Quantity> concat, Parameters parameters) {
        List<Computed> zs = new ArrayList<>();
        List<Computed> values = new ArrayList<>();
        for (int j = 0; j < example.hiddenSize(); j++) {
            List<Given> row = parameters.w().get(gate).get(j);
            List<Expr> terms = new ArrayList<>();
            for (int k = 0; k < concat.size(); k++) {
                terms.add(new Product(Expr.ref(row.get(k)), Expr.ref(concat.get(k)), false));
            }
            terms.add(Expr.ref(parameters.b().get(gate).get(j)));
            Computed z = calculator.compute(new Symbol.PreActivation(gate, t, j), new Sum(terms));
            Expr.Function function = gate.activation() == Gate.Activation.SIGMOID
                    ? Expr.Function.SIGMOID : Expr.Function.TANH;
            zs.add(z);
            values.add(calculator.compute(new Symbol.GateValue(gate, t, j), new Apply(function, Expr.ref(z))));
        }
        return new GateStep(gate, zs, values);
    }

    private static Product hadamard(Quantity left, Quantity right) {
        return new Product(Expr.ref(left), Expr.ref(right), true);
    }

    private Parameters parameters() {
        Map<Gate, List<List<Given>>> w = new EnumMap<>(Gate.class);
        Map<Gate, List<Given>> b = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            GateWeights weights = example.weights(gate);
            List<List<Given>> rows = new ArrayList<>();
            List<Given> biases = new ArrayList<>();
            for (int j = 0; j < example.hiddenSize(); j++) {
                List<Given> row = new ArrayList<>();
                for (int k = 0; k < example.inputSize(); k++) {
                    row.add(new Given(new Symbol.Weight(gate, j, k), weights.w().get(j).get(k)));
                }
                rows.add(row);
                biases.add(new Given(new Symbol.Bias(gate, j), weights.b().get(j)));
            }
            w.put(gate, rows);
            b.put(gate, biases);
        }
        List<Given> h0 = new ArrayList<>();
        List<Given> c0 = new ArrayList<>();
        for (int j = 0; j < example.hiddenSize(); j++) {
            h0.add(new Given(new Symbol.State(Vector.H, -1, j), example.initialH().get(j)));
            c0.add(new Given(new Symbol.State(Vector.C, -1, j), example.initialC().get(j)));
        }
        return new Parameters(w, b, h0, c0);
    }

    private InputException overflow(Sentence sentence, int t, String token, Symbol symbol) {
        String where = "sentence \"" + sentence.id() + "\", step " + t + " (\"" + Text.clip(token) + "\"), "
                + describe(symbol);
        return new InputException(new Problem(example.source(), 0, 0, where, "the value overflowed (it is not a "
                + "finite double); the weights or inputs are too large to compute with, scale them down"));
    }

    private String describe(Symbol symbol) {
        String unit = example.hiddenSize() > 1 ? " unit " : "";
        if (symbol instanceof Symbol.PreActivation z) {
            return z.gate().key() + " gate, pre-activation z" + (unit.isEmpty() ? "" : "," + unit + (z.unit() + 1));
        }
        if (symbol instanceof Symbol.GateValue g) {
            return g.gate().key() + " gate" + (unit.isEmpty() ? "" : "," + unit + (g.unit() + 1));
        }
        Symbol.State state = (Symbol.State) symbol;
        String name = switch (state.vector()) {
            case C -> "cell state C";
            case H -> "hidden state h";
            case TANH_C -> "tanh(C)";
            default -> state.vector().name();
        };
        return name + (unit.isEmpty() ? "" : "," + unit + (state.index() + 1));
    }
}
