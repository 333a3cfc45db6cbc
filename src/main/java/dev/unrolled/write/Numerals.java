package dev.unrolled.write;

import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Mode;
import dev.unrolled.trace.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decides how each number is shown. Inputs (weights, features, the initial state) appear exactly as written;
 * computed quantities appear with the run's decimals: in hand mode that is the rounded value the engine carried
 * forward, in exact mode the double rounded for display.
 */
public final class Numerals {
    private static final int MAX_PLAIN_LENGTH = 16;
    private final Arithmetic arithmetic;

    public Numerals(Arithmetic arithmetic) {
        this.arithmetic = arithmetic;
    }

    public Arithmetic arithmetic() {
        return arithmetic;
    }

    public Numeral of(Quantity quantity) {
        return numeral(displayed(quantity));
    }

    /** The value a computed quantity had before hand-mode rounding, exactly. */
    public Numeral unrounded(Quantity.Computed quantity) {
        return numeral(quantity.unrounded().stripTrailingZeros());
    }

    /** The decimal shown for a quantity. */
    public BigDecimal displayed(Quantity quantity) {
        if (quantity instanceof Quantity.Computed) {
            return quantity.value().setScale(arithmetic.decimals(), RoundingMode.HALF_UP);
        }
        return quantity.value().stripTrailingZeros();
    }

    /** "=" when the shown number is exactly the value of what precedes it, "≈" otherwise. */
    public Relation relation(Quantity.Computed quantity) {
        boolean exact = !quantity.approximate() && displayed(quantity).compareTo(quantity.value()) == 0;
        return exact ? Relation.EQUALS : Relation.APPROX;
    }

    /** Whether a derivation shows the exact sum before it is rounded (hand mode only). */
    public boolean showsUnrounded(Quantity.Computed quantity) {
        return arithmetic.mode() == Mode.HAND && quantity.unrounded().compareTo(quantity.value()) != 0;
    }

    /** A display string in plain text, e.g. "−0.085", for prose and tables. */
    public String text(Quantity quantity) {
        return text(of(quantity));
    }

    public static String text(Numeral n) {
        String body = n.scientific() ? n.digits() + "×10^" + (n.exponent() < 0 ? "−" + -n.exponent() : n.exponent())
                : n.digits();
        return (n.negative() ? "−" : "") + body;
    }

    public static Numeral numeral(BigDecimal value) {
        boolean negative = value.signum() < 0;
        BigDecimal magnitude = value.abs();
        if (magnitude.signum() == 0) {
            return Numeral.plain(false, magnitude.toPlainString());
        }
        String plain = magnitude.toPlainString();
        if (plain.length() <= MAX_PLAIN_LENGTH) {
            return Numeral.plain(negative, plain);
        }
        BigDecimal stripped = magnitude.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        String mantissa = stripped.movePointLeft(exponent).toPlainString();
        return new Numeral(negative, mantissa, true, exponent);
    }
}
