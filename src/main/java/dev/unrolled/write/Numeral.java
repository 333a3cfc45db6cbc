package dev.unrolled.write;

/**
 * A number as it appears on the page: its sign, its unsigned digits in plain notation, and, for magnitudes that would
 * be unreadable in plain notation, a power of ten ({@code digits × 10^exponent}).
 *
 * @param scientific whether {@code exponent} is shown
 */
public record Numeral(boolean negative, String digits, boolean scientific, int exponent) {
    public static Numeral plain(boolean negative, String digits) {
        return new Numeral(negative, digits, false, 0);
    }
}
