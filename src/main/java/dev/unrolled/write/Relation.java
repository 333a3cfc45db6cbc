package dev.unrolled.write;

/** The sign between two lines of a derivation. */
public enum Relation { EQUALS, APPROX }
