package dev.unrolled.problem;

/** A 1-based line and column in a text file. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);
}
