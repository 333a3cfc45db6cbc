package dev.unrolled.reading;

import dev.unrolled.example.Gate;
import java.math.BigDecimal;

/**
 * Facts about one step, for the short reading under it: which gate was most open, what happened to the memory and by
 * how much. Language-neutral: the prose templates phrase them. All values are the numbers the page shows, for the
 * unit whose memory changed most ({@code unit}, 0-based).
 *
 * @param kept    f ⊙ C_{t−1}: the part of the old memory carried over
 * @param written i ⊙ C̃: what the input gate let in
 */
public record StepReading(
        int t,
        int unit,
        Gate dominant,
        BigDecimal dominantValue,
        Trend memory,
        BigDecimal before,
        BigDecimal after,
        BigDecimal change,
        BigDecimal forget,
        BigDecimal input,
        BigDecimal candidate,
        BigDecimal output,
        BigDecimal kept,
        BigDecimal written,
        BigDecimal hidden) {}
