package dev.unrolled.write.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The print layout's em values, written as the Formatter (the oracle here) writes them. */
class FixedDecimalsTest {
    @Test
    void halvesRoundUpFromTheShortestDigits() {
        assertEquals("2.70", Print.fixed(1.2 + 1.5, 2));
        assertEquals("4.70", Print.fixed(1.7 + 0.3 + 1.2 + 1.5, 2));
        assertEquals("0.13", Print.fixed(0.125, 2));
        assertEquals("1.1", Print.fixed(1.05, 1));
        assertEquals("10.0", Print.fixed(9.96, 1));
        assertEquals("0.00", Print.fixed(0, 2));
    }

    @Provide
    Arbitrary<Double> widths() {
        // left-hand sides written to 0.1 em plus the fixed gaps, and arbitrary values of the same size
        Arbitrary<Double> layout = Arbitraries.integers().between(0, 400).map(tenths -> Math.ceil(tenths) / 10 + 3.0);
        Arbitrary<Double> any = Arbitraries.doubles().between(0, 1000);
        Arbitrary<Double> halves = Arbitraries.integers().between(0, 100_000).map(n -> n / 1000.0 + 0.0005);
        return Arbitraries.oneOf(layout, any, halves);
    }

    @Property(tries = 5000)
    void writesWhatTheFormatterWrites(@ForAll("widths") double value) {
        assertEquals(String.format(Locale.ROOT, "%.2f", value), Print.fixed(value, 2), () -> "" + value);
        assertEquals(String.format(Locale.ROOT, "%.1f", value), Print.fixed(value, 1), () -> "" + value);
    }
}
