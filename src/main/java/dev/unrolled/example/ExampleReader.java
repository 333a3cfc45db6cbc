package dev.unrolled.example;

import dev.unrolled.json.Binder;
import dev.unrolled.json.Json;
import dev.unrolled.json.JsonPath;
import dev.unrolled.json.JsonReader;
import dev.unrolled.json.Text;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import dev.unrolled.problem.SourceFiles;
import dev.unrolled.problem.Suggestions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code content/examples/<id>.json} into an {@link Example}, reporting every problem in the file at once
 * with its line, column and JSON path.
 */
public final class ExampleReader {
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_TOKENS = 256;
    public static final int MAX_WORD_LENGTH = 100;
    public static final int MAX_SENTENCES = 10_000;
    public static final int MAX_SENTENCE_LENGTH = 10_000;
    private static final Set<String> FIELDS = orderedSet("id", "title", "features", "featureLabels", "hiddenSize",
            "vocabulary", "weights", "initialState", "sentences", "arithmetic");
    private static final Set<String> GATE_FIELDS = orderedSet("W", "b");
    private static final Set<String> STATE_FIELDS = orderedSet("h", "c");
    private static final Set<String> SENTENCE_FIELDS = orderedSet("id", "text");
    private static final Set<String> ARITHMETIC_FIELDS = orderedSet("mode", "decimals");

    private final Binder in;

    private ExampleReader(String displayName) {
        this.in = new Binder(displayName);
    }

    /** Reads and validates the example at {@code file}, naming it {@code displayName} in messages. */
    public static Example read(Path file, String displayName) {
        return parse(displayName, SourceFiles.readUtf8(file, displayName));
    }

    /** Validates example JSON text; {@code displayName} names the file in messages. */
    public static Example parse(String displayName, String text) {
        return new ExampleReader(displayName).bind(JsonReader.read(displayName, text));
    }

    private Example bind(Json root) {
        Json.JObject object = in.object(root, "$").orElseThrow(this::failure);
        in.onlyKnown(object, "$", FIELDS);

        Optional<String> id = in.required(object, "$", "id").flatMap(v -> id(v, "$.id"));
        Map<String, String> titles = titles(object);
        Optional<List<String>> features = in.required(object, "$", "features").flatMap(this::features);
        Optional<Integer> hiddenSize = in.required(object, "$", "hiddenSize").flatMap(v -> in.integer(v,
                "$.hiddenSize", 1, Example.MAX_HIDDEN_SIZE, "the number of hidden units; a page shows every unit "
                        + "of every gate, so the tool accepts at most " + Example.MAX_HIDDEN_SIZE));
        Map<String, List<String>> featureLabels = features.map(f -> featureLabels(object, f.size()))
                .orElse(Map.of());
        Optional<Map<String, List<BigDecimal>>> vocabulary = features.flatMap(f -> in.required(object, "$",
                "vocabulary").flatMap(v -> vocabulary(v, f.size())));
        Optional<Map<Gate, GateWeights>> weights = hiddenSize.flatMap(h -> features.flatMap(f -> in.required(object,
                "$", "weights").flatMap(v -> weights(v, h, f.size()))));
        Optional<List<List<BigDecimal>>> initial = hiddenSize.flatMap(h -> initialState(object, h));
        Optional<List<Sentence>> sentences = in.required(object, "$", "sentences")
                .flatMap(v -> sentences(v, vocabulary.map(Map::keySet)));
        Optional<Arithmetic> arithmetic = arithmetic(object);

        if (in.hasProblems()) {
            throw failure();
        }
        return new Example(in.file(), id.orElseThrow(), titles, features.orElseThrow(), featureLabels,
                hiddenSize.orElseThrow(), vocabulary.orElseThrow(), weights.orElseThrow(),
                initial.orElseThrow().get(0), initial.orElseThrow().get(1), sentences.orElseThrow(),
                arithmetic.orElseThrow());
    }

    private InputException failure() {
        return new InputException(in.problems());
    }

    private Optional<String> id(Json value, String path) {
        Optional<String> text = in.string(value, path);
        if (text.isPresent() && (!ID.matcher(text.get()).matches() || text.get().length() > MAX_ID_LENGTH)) {
            in.problem(value.position(), path, "\"" + Text.clip(text.get()) + "\" is not a valid id: ids become "
                    + "file names, so they must match [a-z0-9][a-z0-9-]* and be at most " + MAX_ID_LENGTH
                    + " characters");
            return Optional.empty();
        }
        return text;
    }

    private Map<String, String> titles(Json.JObject object) {
        Map<String, String> titles = new LinkedHashMap<>();
        Binder.optional(object, "title").ifPresent(value -> {
            if (value instanceof Json.JString single) {
                titles.put("", single.value());
                return;
            }
            in.object(value, "$.title").ifPresent(byLanguage -> byLanguage.members().values().forEach(m ->
                    in.string(m.value(), JsonPath.child("$.title", m.key()))
                            .ifPresent(title -> titles.put(m.key(), title))));
        });
        return titles;
    }

    private Optional<List<String>> features(Json value) {
        Optional<List<String>> names = strings(value, "$.features");
        names.ifPresent(list -> {
            if (list.isEmpty() || list.size() > Example.MAX_FEATURES) {
                in.problem(value.position(), "$.features", "expected 1 to " + Example.MAX_FEATURES
                        + " feature names, found " + list.size());
            }
        });
        return names.filter(list -> !list.isEmpty() && list.size() <= Example.MAX_FEATURES);
    }

    private Map<String, List<String>> featureLabels(Json.JObject object, int featureCount) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Binder.optional(object, "featureLabels").flatMap(v -> in.object(v, "$.featureLabels"))
                .ifPresent(byLanguage -> byLanguage.members().values().forEach(m -> {
                    String path = JsonPath.child("$.featureLabels", m.key());
                    strings(m.value(), path).ifPresent(list -> {
                        if (list.size() == featureCount) {
                            labels.put(m.key(), list);
                        } else {
                            in.problem(m.value().position(), path, "expected " + Binder.plural(featureCount,
                                    "label") + " (one per feature), found " + list.size());
                        }
                    });
                }));
        return labels;
    }

    private Optional<List<String>> strings(Json value, String path) {
        Optional<List<Json>> items = in.array(value, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            String itemPath = JsonPath.index(path, i);
            Json item = items.get().get(i);
            in.string(item, itemPath).ifPresent(s -> {
                if (s.isBlank()) {
                    in.problem(item.position(), itemPath, "expected a non-empty name");
                }
                strings.add(s);
            });
        }
        return strings.size() == items.get().size() ? Optional.of(strings) : Optional.empty();
    }

    private Optional<Map<String, List<BigDecimal>>> vocabulary(Json value, int featureCount) {
        Optional<Json.JObject> object = in.object(value, "$.vocabulary");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        if (object.get().members().isEmpty()) {
            in.problem(value.position(), "$.vocabulary", "the vocabulary is empty; give every word of the "
                    + "sentences a vector of " + Binder.plural(featureCount, "number"));
            return Optional.empty();
        }
        Map<String, List<BigDecimal>> vocabulary = new LinkedHashMap<>();
        for (Json.Member member : object.get().members().values()) {
            String path = JsonPath.child("$.vocabulary", member.key());
            String word = member.key();
            if (word.isEmpty() || !Tokenizer.tokens(word).equals(List.of(word))) {
                in.problem(member.keyPosition(), path, "\"" + Text.clip(word) + "\" can never match a word of a "
                        + "sentence: words have no white space and no punctuation at either end");
            } else if (word.codePointCount(0, word.length()) > MAX_WORD_LENGTH) {
                in.problem(member.keyPosition(), path, "a word may have at most " + MAX_WORD_LENGTH
                        + " characters");
            }
            in.numbers(member.value(), path, featureCount, "one per feature")
                    .ifPresent(vector -> vocabulary.put(word, vector));
        }
        return vocabulary.size() == object.get().members().size() ? Optional.of(vocabulary) : Optional.empty();
    }

    private Optional<Map<Gate, GateWeights>> weights(Json value, int hidden, int featureCount) {
        Optional<Json.JObject> object = in.object(value, "$.weights");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Set<String> gateNames = new LinkedHashSet<>();
        for (Gate gate : Gate.values()) {
            gateNames.add(gate.key());
        }
        in.onlyKnown(object.get(), "$.weights", gateNames);
        Map<Gate, GateWeights> weights = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            String path = JsonPath.child("$.weights", gate.key());
            in.required(object.get(), "$.weights", gate.key()).flatMap(v -> gateWeights(v, path, hidden,
                    featureCount)).ifPresent(w -> weights.put(gate, w));
        }
        return weights.size() == Gate.values().length ? Optional.of(weights) : Optional.empty();
    }

    private Optional<GateWeights> gateWeights(Json value, String path, int hidden, int featureCount) {
        Optional<Json.JObject> object = in.object(value, path);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        in.onlyKnown(object.get(), path, GATE_FIELDS);
        String wPath = path + ".W";
        int columns = hidden + featureCount;
        String rowReason = "hidden " + hidden + " + features " + featureCount
                + ": W multiplies [h_{t-1}; x_t], hidden part first";
        Optional<List<List<BigDecimal>>> w = in.required(object.get(), path, "W").flatMap(v -> in.array(v, wPath)
                .flatMap(rows -> {
                    List<List<BigDecimal>> matrix = new ArrayList<>();
                    for (int r = 0; r < rows.size(); r++) {
                        in.numbers(rows.get(r), JsonPath.index(wPath, r), columns, rowReason).ifPresent(matrix::add);
                    }
                    if (rows.size() != hidden) {
                        in.problem(v.position(), wPath, "expected " + Binder.plural(hidden, "row") + " (one per "
                                + "hidden unit, hiddenSize " + hidden + "), found " + rows.size());
                        return Optional.empty();
                    }
                    return matrix.size() == hidden ? Optional.of(matrix) : Optional.empty();
                }));
        Optional<List<BigDecimal>> b = in.required(object.get(), path, "b").flatMap(v -> in.numbers(v, path + ".b",
                hidden, "one per hidden unit, hiddenSize " + hidden));
        return w.isPresent() && b.isPresent() ? Optional.of(new GateWeights(w.get(), b.get())) : Optional.empty();
    }

    /** Returns [h, c], each defaulting to zeros. */
    private Optional<List<List<BigDecimal>>> initialState(Json.JObject root, int hidden) {
        List<BigDecimal> zeros = Collections.nCopies(hidden, BigDecimal.ZERO);
        Optional<Json> value = Binder.optional(root, "initialState");
        if (value.isEmpty()) {
            return Optional.of(List.of(zeros, zeros));
        }
        Optional<Json.JObject> object = in.object(value.get(), "$.initialState");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        in.onlyKnown(object.get(), "$.initialState", STATE_FIELDS);
        String why = "one per hidden unit, hiddenSize " + hidden;
        Optional<List<BigDecimal>> h = Binder.optional(object.get(), "h")
                .map(v -> in.numbers(v, "$.initialState.h", hidden, why)).orElse(Optional.of(zeros));
        Optional<List<BigDecimal>> c = Binder.optional(object.get(), "c")
                .map(v -> in.numbers(v, "$.initialState.c", hidden, why)).orElse(Optional.of(zeros));
        return h.isPresent() && c.isPresent() ? Optional.of(List.of(h.get(), c.get())) : Optional.empty();
    }

    private Optional<List<Sentence>> sentences(Json value, Optional<Set<String>> vocabulary) {
        Optional<List<Json>> items = in.array(value, "$.sentences");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty() || items.get().size() > MAX_SENTENCES) {
            in.problem(value.position(), "$.sentences", "expected 1 to " + MAX_SENTENCES + " sentences, found "
                    + items.get().size());
            return Optional.empty();
        }
        List<Sentence> sentences = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int s = 0; s < items.get().size(); s++) {
            String path = JsonPath.index("$.sentences", s);
            Optional<Json.JObject> object = in.object(items.get().get(s), path);
            if (object.isEmpty()) {
                continue;
            }
            in.onlyKnown(object.get(), path, SENTENCE_FIELDS);
            Optional<String> id = in.required(object.get(), path, "id").flatMap(v -> id(v, path + ".id"));
            Optional<Json> textValue = in.required(object.get(), path, "text");
            Optional<String> text = textValue.flatMap(v -> in.string(v, path + ".text"));
            if (id.isPresent() && seen.putIfAbsent(id.get(), s) != null) {
                in.problem(object.get().members().get("id").value().position(), path + ".id", "duplicate "
                        + "sentence id \"" + id.get() + "\" (also used by $.sentences[" + seen.get(id.get())
                        + "]); sentence ids name files, so each must be unique");
            }
            if (id.isEmpty() || text.isEmpty()) {
                continue;
            }
            tokens(text.get(), id.get(), textValue.orElseThrow(), path + ".text", vocabulary)
                    .ifPresent(tokens -> sentences.add(new Sentence(id.get(), text.get(), tokens)));
        }
        return sentences.size() == items.get().size() ? Optional.of(sentences) : Optional.empty();
    }

    private Optional<List<String>> tokens(String text, String sentenceId, Json at, String path,
                                          Optional<Set<String>> vocabulary) {
        if (text.length() > MAX_SENTENCE_LENGTH) {
            in.problem(at.position(), path, "sentence \"" + sentenceId + "\" has " + text.length() + " characters; "
                    + "the limit is " + MAX_SENTENCE_LENGTH);
            return Optional.empty();
        }
        List<String> tokens = Tokenizer.tokens(text);
        if (tokens.isEmpty()) {
            in.problem(at.position(), path, "sentence \"" + sentenceId + "\" has no words (only white space "
                    + "and punctuation); write at least one word from the vocabulary");
            return Optional.empty();
        }
        if (tokens.size() > MAX_TOKENS) {
            in.problem(at.position(), path, "sentence \"" + sentenceId + "\" has " + tokens.size() + " words; "
                    + "the limit is " + MAX_TOKENS + " (one article section per word)");
            return Optional.empty();
        }
        if (vocabulary.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = true;
        for (String token : new LinkedHashSet<>(tokens)) {
            if (!vocabulary.get().contains(token)) {
                ok = false;
                List<String> closest = Suggestions.closest(token, vocabulary.get(), 3);
                in.problem(at.position(), path, "unknown word \"" + Text.clip(token) + "\" in sentence \""
                        + sentenceId + "\"; closest vocabulary entries: \"" + String.join("\", \"",
                        closest.stream().map(Text::clip).toList()) + "\" (words are matched case-sensitively)");
            }
        }
        return ok ? Optional.of(tokens) : Optional.empty();
    }

    private Optional<Arithmetic> arithmetic(Json.JObject root) {
        Optional<Json> value = Binder.optional(root, "arithmetic");
        if (value.isEmpty()) {
            return Optional.of(Arithmetic.DEFAULT);
        }
        Optional<Json.JObject> object = in.object(value.get(), "$.arithmetic");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        in.onlyKnown(object.get(), "$.arithmetic", ARITHMETIC_FIELDS);
        Optional<Mode> mode = Binder.optional(object.get(), "mode").map(v -> in.string(v, "$.arithmetic.mode")
                .flatMap(name -> mode(name, v))).orElse(Optional.of(Arithmetic.DEFAULT.mode()));
        Optional<Integer> decimals = Binder.optional(object.get(), "decimals").map(v -> in.integer(v,
                "$.arithmetic.decimals", Arithmetic.MIN_DECIMALS, Arithmetic.MAX_DECIMALS, "decimal places"))
                .orElse(Optional.of(Arithmetic.DEFAULT.decimals()));
        return mode.isPresent() && decimals.isPresent()
                ? Optional.of(new Arithmetic(mode.get(), decimals.get())) : Optional.empty();
    }

    private Optional<Mode> mode(String name, Json at) {
        for (Mode mode : Mode.values()) {
            if (mode.key().equals(name)) {
                return Optional.of(mode);
            }
        }
        in.problem(at.position(), "$.arithmetic.mode", "unknown mode \"" + Text.clip(name)
                + "\"; expected \"hand\" or \"exact\"");
        return Optional.empty();
    }

    private static Set<String> orderedSet(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }
}
