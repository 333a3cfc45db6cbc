package dev.unrolled.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random valid example files, as JSON text, for property tests and fuzzing seeds. */
final class RandomJson {
    private RandomJson() {}

    static String example(int hidden, int features, int decimals, long seed) {
        return example(hidden, features, decimals, seed, 2.0, "hand");
    }

    /** Weights in [−scale, scale] with two decimals; five words; a sentence of up to six of them. */
    static String example(int hidden, int features, int decimals, long seed, double scale, String mode) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("{\"id\": \"r\", \"features\": [");
        for (int k = 0; k < features; k++) {
            json.append(k == 0 ? "" : ", ").append("\"f").append(k).append('"');
        }
        json.append("], \"hiddenSize\": ").append(hidden).append(", \"vocabulary\": {");
        List<String> words = List.of("a", "b", "c", "d", "e");
        for (int w = 0; w < words.size(); w++) {
            json.append(w == 0 ? "" : ", ").append('"').append(words.get(w)).append("\": ")
                    .append(vector(random, features, 1.0));
        }
        json.append("}, \"weights\": {");
        String[] gates = {"forget", "input", "candidate", "output"};
        for (int g = 0; g < gates.length; g++) {
            List<String> rows = new ArrayList<>();
            for (int j = 0; j < hidden; j++) {
                rows.add(vector(random, hidden + features, scale));
            }
            json.append(g == 0 ? "" : ", ").append('"').append(gates[g]).append("\": {\"W\": [")
                    .append(String.join(", ", rows)).append("], \"b\": ").append(vector(random, hidden, scale))
                    .append('}');
        }
        List<String> sentence = new ArrayList<>();
        for (int t = 0, n = 1 + random.nextInt(6); t < n; t++) {
            sentence.add(words.get(random.nextInt(words.size())));
        }
        json.append("}, \"initialState\": {\"h\": ").append(vector(random, hidden, 0.9)).append(", \"c\": ")
                .append(vector(random, hidden, 0.9)).append("}, \"sentences\": [{\"id\": \"s\", \"text\": \"")
                .append(String.join(" ", sentence)).append(".\"}], \"arithmetic\": {\"mode\": \"").append(mode)
                .append("\", \"decimals\": ").append(decimals).append("}}");
        return json.toString();
    }

    private static String vector(Random random, int size, double scale) {
        List<String> values = new ArrayList<>();
        long bound = Math.round(scale * 100);
        for (int n = 0; n < size; n++) {
            values.add(java.math.BigDecimal.valueOf(random.nextLong() % (bound + 1), 2).toPlainString());
        }
        return "[" + String.join(", ", values) + "]";
    }
}
