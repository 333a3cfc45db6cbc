package dev.unrolled.engine;

import dev.unrolled.example.Example;
import dev.unrolled.example.Gate;
import dev.unrolled.example.Sentence;
import java.math.BigDecimal;
import java.util.List;

/**
 * An LSTM in plain doubles, written independently of the engine (no expressions, no quantities): the reference the
 * traced engine's exact mode must agree with.
 */
final class Oracle {
    /** h and C of every step: result[t][0] is h_t, result[t][1] is C_t. */
    static double[][][] run(Example example, Sentence sentence) {
        int n = example.hiddenSize();
        double[] h = doubles(example.initialH());
        double[] c = doubles(example.initialC());
        double[][][] out = new double[sentence.tokens().size()][][];
        for (int t = 0; t < out.length; t++) {
            double[] x = doubles(example.vocabulary().get(sentence.tokens().get(t)));
            double[] hx = new double[n + x.length];
            System.arraycopy(h, 0, hx, 0, n);
            System.arraycopy(x, 0, hx, n, x.length);
            double[] f = affine(example, Gate.FORGET, hx);
            double[] i = affine(example, Gate.INPUT, hx);
            double[] g = affine(example, Gate.CANDIDATE, hx);
            double[] o = affine(example, Gate.OUTPUT, hx);
            double[] cNext = new double[n];
            double[] hNext = new double[n];
            for (int j = 0; j < n; j++) {
                cNext[j] = sigma(f[j]) * c[j] + sigma(i[j]) * Math.tanh(g[j]);
                hNext[j] = sigma(o[j]) * Math.tanh(cNext[j]);
            }
            h = hNext;
            c = cNext;
            out[t] = new double[][] {h.clone(), c.clone()};
        }
        return out;
    }

    private static double[] affine(Example example, Gate gate, double[] hx) {
        int n = example.hiddenSize();
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            z[j] = example.weights(gate).b().get(j).doubleValue();
            for (int k = 0; k < hx.length; k++) {
                z[j] += example.weights(gate).w().get(j).get(k).doubleValue() * hx[k];
            }
        }
        return z;
    }

    private static double sigma(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] doubles(List<BigDecimal> values) {
        return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }
}
