package dev.unrolled.reading;

import dev.unrolled.example.Gate;
import java.math.BigDecimal;

/** How one gate behaved over a run: its mean, and the steps where it was lowest and highest. */
public record GateSummary(Gate gate, BigDecimal mean, BigDecimal min, int minStep, BigDecimal max, int maxStep) {}
