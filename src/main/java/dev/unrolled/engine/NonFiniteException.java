package dev.unrolled.engine;

import dev.unrolled.trace.Symbol;

/** A named quantity came out as overflow, infinity or NaN; the engine turns it into a located problem. */
final class NonFiniteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Symbol symbol;

    NonFiniteException(Symbol symbol) {
        super(symbol.toString(), null, false, false);
        this.symbol = symbol;
    }

    Symbol symbol() {
        return symbol;
    }
}
