package dev.unrolled.example;

/** The four gates of an LSTM cell, in the order the article walks them. */
public enum Gate {
    FORGET("forget", Activation.SIGMOID),
    INPUT("input", Activation.SIGMOID),
    CANDIDATE("candidate", Activation.TANH),
    OUTPUT("output", Activation.SIGMOID);

    /** The squashing function a gate applies to its pre-activation z. */
    public enum Activation { SIGMOID, TANH }

    private final String key;
    private final Activation activation;

    Gate(String key, Activation activation) {
        this.key = key;
        this.activation = activation;
    }

    /** The name used in example files and trace JSON. */
    public String key() {
        return key;
    }

    public Activation activation() {
        return activation;
    }
}
