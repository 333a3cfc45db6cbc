package dev.unrolled.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * An example file with weights of three decimals (the widest cells a table of weights usually has) drawn from a
 * fixed seed: for each gate, each unit's row of W and its bias, then each word's vector; one sentence of the words,
 * with the id "fox" (so its pages are {@code <lang>/<id>/fox/}).
 */
public final class RandomExample {
    private static final String[] GATES = {"forget", "input", "candidate", "output"};

    private RandomExample() {}

    public static String json(String id, List<String> features, int hidden, List<String> words, long seed) {
        Random random = new Random(seed);
        StringBuilder weights = new StringBuilder();
        for (String gate : GATES) {
            List<String> rows = new ArrayList<>();
            List<String> bias = new ArrayList<>();
            for (int j = 0; j < hidden; j++) {
                rows.add(vector(random, hidden + features.size()));
                bias.add(number(random));
            }
            weights.append(weights.length() == 0 ? "" : ",\n").append("\"").append(gate).append("\": {\"W\": [")
                    .append(String.join(", ", rows)).append("], \"b\": [").append(String.join(", ", bias))
                    .append("]}");
        }
        List<String> vocabulary = new ArrayList<>();
        for (String word : words) {
            vocabulary.add("\"" + word + "\": " + vector(random, features.size()));
        }
        return """
                {
                  "id": "%s",
                  "features": [%s],
                  "hiddenSize": %d,
                  "vocabulary": {%s},
                  "weights": {%s},
                  "sentences": [{"id": "fox", "text": "%s"}],
                  "arithmetic": {"mode": "hand", "decimals": 3}
                }
                """.formatted(id, String.join(", ", features.stream().map(f -> "\"" + f + "\"").toList()), hidden,
                String.join(", ", vocabulary), weights, String.join(" ", words));
    }

    private static String vector(Random random, int size) {
        List<String> values = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            values.add(number(random));
        }
        return "[" + String.join(", ", values) + "]";
    }

    private static String number(Random random) {
        return String.format(Locale.ROOT, "%.3f", random.nextInt(2001) / 1000.0 - 1);
    }
}
