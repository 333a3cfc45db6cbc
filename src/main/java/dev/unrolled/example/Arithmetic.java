package dev.unrolled.example;

import java.util.Objects;

/** The example's arithmetic setting: the mode and the decimals values are rounded (hand) or shown (exact) to. */
public record Arithmetic(Mode mode, int decimals) {
    public static final int MIN_DECIMALS = 1;
    public static final int MAX_DECIMALS = 10;
    public static final Arithmetic DEFAULT = new Arithmetic(Mode.HAND, 3);

    public Arithmetic {
        Objects.requireNonNull(mode, "mode");
        if (decimals < MIN_DECIMALS || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals out of range: " + decimals);
        }
    }
}
