package dev.unrolled.trace;

import dev.unrolled.example.Gate;
import dev.unrolled.trace.Quantity.Computed;
import java.util.List;

/** One gate at one time step: the pre-activations z and the activated values, one per hidden unit. */
public record GateStep(Gate gate, List<Computed> z, List<Computed> value) {
    public GateStep {
        z = List.copyOf(z);
        value = List.copyOf(value);
    }
}
