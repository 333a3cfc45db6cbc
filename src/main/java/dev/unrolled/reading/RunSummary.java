package dev.unrolled.reading;

import java.math.BigDecimal;
import java.util.List;

/**
 * Facts about a whole run, for the closing section.
 *
 * @param biggestWriteStep the step whose input gate wrote the most into the memory (largest |i ⊙ C̃|)
 * @param biggestForgetStep the step whose forget gate erased the most (largest |C_{t−1}| − |f ⊙ C_{t−1}|)
 */
public record RunSummary(List<GateSummary> gates, int biggestWriteStep, BigDecimal biggestWrite,
                         int biggestForgetStep, BigDecimal biggestForget, List<StepReading> steps) {
    public RunSummary {
        gates = List.copyOf(gates);
        steps = List.copyOf(steps);
    }
}
