package dev.unrolled.example;

import java.math.BigDecimal;
import java.util.List;

/**
 * One gate's parameters: {@code w} is hiddenSize rows of (hiddenSize + features) columns multiplying
 * [h_{t−1}; x_t], hidden part first; {@code b} has hiddenSize entries.
 */
public record GateWeights(List<List<BigDecimal>> w, List<BigDecimal> b) {
    public GateWeights {
        w = w.stream().map(List::copyOf).toList();
        b = List.copyOf(b);
        if (w.size() != b.size() || w.isEmpty()) {
            throw new IllegalArgumentException("W has " + w.size() + " rows but b has " + b.size() + " entries");
        }
        int columns = w.get(0).size();
        if (w.stream().anyMatch(row -> row.size() != columns)) {
            throw new IllegalArgumentException("W is ragged");
        }
    }
}
