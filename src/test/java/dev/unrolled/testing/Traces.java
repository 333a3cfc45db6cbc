package dev.unrolled.testing;

import dev.unrolled.engine.Lstm;
import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.ExampleReader;
import dev.unrolled.example.Gate;
import dev.unrolled.example.Mode;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Derivation;
import dev.unrolled.write.Derivations;
import dev.unrolled.write.svg.PictureText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Runs to draw pictures from: the shipped examples' first sentences, and synthetic runs of any size. */
public final class Traces {
    public static final PictureText EN = new PictureText(Map.of("forget", "forget gate", "input", "input gate",
            "candidate", "candidate", "output", "output gate"), "Step {t}, “{token}”", "C = {cPrev}, f = {f}, i = {i}, "
            + "C̃ = {candidate}, o = {o}, C = {c}, h = {h}, h = {hPrev}, x = {x}", "Gates", "States", "Values of {sentence}",
            "memory", "hidden state");
    public static final PictureText ZH = new PictureText(Map.of("forget", "遗忘门", "input", "输入门", "candidate", "候选值",
            "output", "输出门"), "第 {t} 步，“{token}”", "记忆 C = {cPrev}，f = {f}，新的记忆 C = {c}", "整句话中各个门的值", "记忆和隐藏状态", "{sentence}",
            "记忆", "隐藏状态");

    private Traces() {}

    /** Every unit's derivations at {@code step}, unit by unit: each gate's, then the cell's and the hidden state's. */
    public static List<Derivation> unitDerivations(Derivations derivations, Step step, int hiddenSize) {
        List<Derivation> all = new ArrayList<>();
        for (int unit = 0; unit < hiddenSize; unit++) {
            for (Gate gate : Gate.values()) {
                all.add(derivations.gate(step, gate, unit));
            }
            all.add(derivations.cell(step, unit));
            all.add(derivations.hidden(step, unit));
        }
        return all;
    }

    /** The first sentence of a shipped example ({@code content/examples/<name>.json}). */
    public static Trace shipped(String name, Mode mode) {
        Example example = ExampleReader.read(Path.of("content/examples/" + name + ".json"), name);
        return Lstm.run(example, example.sentences().get(0), new Arithmetic(mode, 3));
    }

    /** A run with weights that push every gate to its extremes, so labels carry long negative values. */
    public static Trace random(int hidden, int features, int words) {
        StringBuilder json = new StringBuilder("{\"id\": \"r\", \"features\": [");
        json.append(IntStream.range(0, features).mapToObj(k -> "\"f" + k + "\"").collect(Collectors.joining(", ")));
        json.append("], \"hiddenSize\": ").append(hidden).append(", \"vocabulary\": {\"a\": [")
                .append(IntStream.range(0, features).mapToObj(k -> k % 2 == 0 ? "1" : "-0.5")
                        .collect(Collectors.joining(", "))).append("], \"bb\": [")
                .append(IntStream.range(0, features).mapToObj(k -> "0.25").collect(Collectors.joining(", ")))
                .append("]}, \"weights\": {");
        List<String> gates = new ArrayList<>();
        for (Gate gate : Gate.values()) {
            String row = IntStream.range(0, hidden + features).mapToObj(k -> (k + gate.ordinal()) % 3 == 0 ? "-1.7"
                    : "0.9").collect(Collectors.joining(", ", "[", "]"));
            gates.add("\"" + gate.key() + "\": {\"W\": [" + String.join(", ", Collections.nCopies(hidden, row))
                    + "], \"b\": [" + String.join(", ", Collections.nCopies(hidden, "-0.3")) + "]}");
        }
        json.append(String.join(", ", gates)).append("}, \"sentences\": [{\"id\": \"s\", \"text\": \"")
                .append(IntStream.range(0, words).mapToObj(t -> t % 3 == 0 ? "bb" : "a").collect(Collectors.joining(" ")))
                .append("\"}]}");
        Example example = ExampleReader.parse("random.json", json.toString());
        return Lstm.run(example, example.sentences().get(0), new Arithmetic(Mode.HAND, 3));
    }
}
