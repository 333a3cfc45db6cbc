package dev.unrolled.trace;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Quantity.Computed;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One time step: the word read, the inputs to the cell, every gate, and the new states. {@code hPrev} and
 * {@code cPrev} are the previous step's {@code h} and {@code c} (or the initial state); {@code concat} is
 * [h_{t−1}; x_t], the same quantity objects in that order.
 */
public record Step(
        int t,
        String token,
        List<Quantity> x,
        List<Quantity> hPrev,
        List<Quantity> cPrev,
        List<Quantity> concat,
        Map<Gate, GateStep> gates,
        List<Computed> c,
        List<Computed> tanhC,
        List<Computed> h) {

    public Step {
        x = List.copyOf(x);
        hPrev = List.copyOf(hPrev);
        cPrev = List.copyOf(cPrev);
        concat = List.copyOf(concat);
        gates = Collections.unmodifiableMap(new EnumMap<>(gates));
        c = List.copyOf(c);
        tanhC = List.copyOf(tanhC);
        h = List.copyOf(h);
    }

    public GateStep gate(Gate gate) {
        return gates.get(gate);
    }
}
