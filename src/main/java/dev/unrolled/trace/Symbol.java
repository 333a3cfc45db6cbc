package dev.unrolled.trace;

import dev.unrolled.example.Gate;

/**
 * The name of a quantity in the notation of the article: which quantity, at which time step, which unit. Writers turn
 * a symbol into MathML, LaTeX or plain text; the engine never formats it. Times are 0-based word positions; the
 * initial state has time −1. Units and features are 0-based here and numbered from 1 by writers.
 */
public sealed interface Symbol {

    /** The per-step vectors: the input x_t, the states h_t and C_t, [h_{t−1}; x_t], and tanh(C_t). */
    enum Vector { X, H, C, CONCAT, TANH_C }

    /** An entry of a per-step vector. */
    record State(Vector vector, int time, int index) implements Symbol {}

    /** W_g[row][column]. */
    record Weight(Gate gate, int row, int column) implements Symbol {}

    /** b_g[row]. */
    record Bias(Gate gate, int row) implements Symbol {}

    /** z_{g,t}[unit] = W_g[unit]·[h_{t−1}; x_t] + b_g[unit]. */
    record PreActivation(Gate gate, int time, int unit) implements Symbol {}

    /** The gate's value at a step: f_t, i_t, o_t or C̃_t, one unit. */
    record GateValue(Gate gate, int time, int unit) implements Symbol {}
}
