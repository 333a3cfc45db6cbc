package dev.unrolled.trace;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Quantity.Given;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The example's weights, biases and initial state as named quantities, the leaves of every expression. */
public record Parameters(Map<Gate, List<List<Given>>> w, Map<Gate, List<Given>> b, List<Given> h0, List<Given> c0) {
    public Parameters {
        w = Collections.unmodifiableMap(new EnumMap<>(w));
        b = Collections.unmodifiableMap(new EnumMap<>(b));
        h0 = List.copyOf(h0);
        c0 = List.copyOf(c0);
    }
}
