package dev.unrolled.reading;

/** What happened to the cell state's magnitude at a step. */
public enum Trend {
    /** |C_t| is larger than |C_{t−1}|. */
    GREW,
    /** |C_t| is smaller than |C_{t−1}|. */
    FADED,
    /** The change is below the shown precision. */
    STEADY,
    /** The sign changed: the memory now points the other way. */
    FLIPPED
}
