package dev.unrolled.engine;

import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.Gate;
import dev.unrolled.example.GateWeights;
import dev.unrolled.example.Mode;
import dev.unrolled.example.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random valid examples for property tests: small sizes, weights with two decimals in [−scale, scale]. */
final class RandomExamples {
    private RandomExamples() {}

    static Arbitrary<Example> examples(int maxHidden, int maxFeatures, int maxTokens, double scale) {
        return Arbitraries.longs().map(seed -> build(new Random(seed), maxHidden, maxFeatures, maxTokens, scale));
    }

    static Example build(Random random, int maxHidden, int maxFeatures, int maxTokens, double scale) {
        int hidden = 1 + random.nextInt(maxHidden);
        int featureCount = 1 + random.nextInt(maxFeatures);
        List<String> features = new ArrayList<>();
        for (int k = 0; k < featureCount; k++) {
            features.add("f" + k);
        }
        Map<String, List<BigDecimal>> vocabulary = new LinkedHashMap<>();
        for (String word : List.of("a", "b", "c")) {
            vocabulary.put(word, vector(random, featureCount, 1.0));
        }
        Map<Gate, GateWeights> weights = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            List<List<BigDecimal>> w = new ArrayList<>();
            for (int j = 0; j < hidden; j++) {
                w.add(vector(random, hidden + featureCount, scale));
            }
            weights.put(gate, new GateWeights(w, vector(random, hidden, scale)));
        }
        List<String> tokens = new ArrayList<>();
        int length = 1 + random.nextInt(maxTokens);
        for (int t = 0; t < length; t++) {
            tokens.add(List.of("a", "b", "c").get(random.nextInt(3)));
        }
        Sentence sentence = new Sentence("s", String.join(" ", tokens), tokens);
        return new Example("random.json", "random", Map.of(), features, Map.of(), hidden, vocabulary, weights,
                vector(random, hidden, 0.9), vector(random, hidden, 0.9), List.of(sentence),
                new Arithmetic(Mode.HAND, 3));
    }

    private static List<BigDecimal> vector(Random random, int size, double scale) {
        List<BigDecimal> values = new ArrayList<>();
        long bound = Math.round(scale * 100);
        for (int n = 0; n < size; n++) {
            values.add(BigDecimal.valueOf(random.nextLong() % (bound + 1), 2));
        }
        return values;
    }
}
