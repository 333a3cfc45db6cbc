package dev.unrolled.example;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated example: an LSTM's sizes and parameters, a vocabulary of feature vectors and the sentences to run.
 * Built only by {@link ExampleReader}, which reports every problem with a position; the checks here guard the
 * invariants the engine relies on.
 *
 * @param source        the file the example came from, as shown in messages
 * @param titles        optional per-language titles (language code to title)
 * @param featureLabels optional per-language names of the features, each list as long as {@code features}
 */
public record Example(
        String source,
        String id,
        Map<String, String> titles,
        List<String> features,
        Map<String, List<String>> featureLabels,
        int hiddenSize,
        Map<String, List<BigDecimal>> vocabulary,
        Map<Gate, GateWeights> weights,
        List<BigDecimal> initialH,
        List<BigDecimal> initialC,
        List<Sentence> sentences,
        Arithmetic arithmetic) {

    public static final int MAX_HIDDEN_SIZE = 32;
    public static final int MAX_FEATURES = 64;

    public Example {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arithmetic, "arithmetic");
        titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        features = List.copyOf(features);
        featureLabels = Collections.unmodifiableMap(new LinkedHashMap<>(featureLabels));
        vocabulary = Collections.unmodifiableMap(new LinkedHashMap<>(vocabulary));
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        initialH = List.copyOf(initialH);
        initialC = List.copyOf(initialC);
        sentences = List.copyOf(sentences);
        if (hiddenSize < 1 || hiddenSize > MAX_HIDDEN_SIZE) {
            throw new IllegalArgumentException("hiddenSize out of range: " + hiddenSize);
        }
        if (weights.size() != Gate.values().length) {
            throw new IllegalArgumentException("weights for every gate are required");
        }
        int columns = hiddenSize + features.size();
        for (GateWeights gate : weights.values()) {
            if (gate.w().size() != hiddenSize || gate.w().get(0).size() != columns) {
                throw new IllegalArgumentException("W must be " + hiddenSize + "×" + columns);
            }
        }
        for (List<BigDecimal> vector : vocabulary.values()) {
            if (vector.size() != features.size()) {
                throw new IllegalArgumentException("vocabulary vectors must have " + features.size() + " entries");
            }
        }
        if (initialH.size() != hiddenSize || initialC.size() != hiddenSize) {
            throw new IllegalArgumentException("initial state must have " + hiddenSize + " entries");
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("an example needs at least one sentence");
        }
        for (Sentence sentence : sentences) {
            for (String token : sentence.tokens()) {
                if (!vocabulary.containsKey(token)) {
                    throw new IllegalArgumentException("unknown word " + token);
                }
            }
        }
    }

    /** The number of columns of every W: hidden units first, then features. */
    public int inputSize() {
        return hiddenSize + features.size();
    }

    public GateWeights weights(Gate gate) {
        return weights.get(gate);
    }

    public Optional<Sentence> sentence(String sentenceId) {
        return sentences.stream().filter(s -> s.id().equals(sentenceId)).findFirst();
    }

    /** The title in {@code language}, falling back to the first title given, then to the id. */
    public String title(String language) {
        return titles.getOrDefault(language, titles.values().stream().findFirst().orElse(id));
    }

    /** Feature names in {@code language}, falling back to the names in {@code features}. */
    public List<String> featureLabels(String language) {
        return featureLabels.getOrDefault(language, features);
    }
}
