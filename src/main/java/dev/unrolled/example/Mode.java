package dev.unrolled.example;

import java.util.Locale;

/** How the engine does arithmetic. */
public enum Mode {
    /** IEEE doubles throughout; pages show the values rounded for display. */
    EXACT,
    /**
     * What a reader with a calculator does: every named quantity is rounded to the configured decimals and reused
     * rounded, so each line on the page re-derives exactly from the numbers it shows.
     */
    HAND;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
