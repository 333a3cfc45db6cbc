package dev.unrolled.trace;

import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.Sentence;
import java.util.List;

/** One run of an example's LSTM over one sentence: every number of the article, each with its derivation. */
public record Trace(Example example, Sentence sentence, Arithmetic arithmetic, Parameters parameters,
                    List<Step> steps) {
    public Trace {
        steps = List.copyOf(steps);
    }

    public List<String> tokens() {
        return sentence.tokens();
    }

    public int hiddenSize() {
        return example.hiddenSize();
    }
}
