package dev.unrolled.engine;

/** The activation functions, stable for every finite argument. */
public final class Functions {
    private Functions() {}

    /** σ(z) = 1 / (1 + e^−z), written so that e^x never overflows for any finite z. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    public static double tanh(double z) {
        return Math.tanh(z);
    }
}
