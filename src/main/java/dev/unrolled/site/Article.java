package dev.unrolled.site;

import dev.unrolled.engine.Drift;
import dev.unrolled.engine.Lstm;
import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.Mode;
import dev.unrolled.example.Sentence;
import dev.unrolled.reading.Readings;
import dev.unrolled.reading.RunSummary;
import dev.unrolled.trace.Trace;
import java.util.Optional;

/**
 * One article: an example run over one of its sentences, in the example's arithmetic, with what the pages say about
 * it. In hand mode {@code drift} compares the run with exact arithmetic. The same for every language.
 */
public record Article(Example example, Sentence sentence, Trace trace, Optional<Drift> drift, RunSummary summary) {

    public static Article run(Example example, Sentence sentence) {
        Trace trace = Lstm.run(example, sentence, example.arithmetic());
        Optional<Drift> drift = Optional.empty();
        if (example.arithmetic().mode() == Mode.HAND) {
            Trace exact = Lstm.run(example, sentence, new Arithmetic(Mode.EXACT, example.arithmetic().decimals()));
            drift = Optional.of(Drift.between(trace, exact));
        }
        return new Article(example, sentence, trace, drift, Readings.of(trace));
    }

    /** The article's folder below a language folder: {@code <example>/<sentence>/}. */
    public String path() {
        return path(example, sentence);
    }

    /** The stem of downloadable files, unique across the site: {@code <example>-<sentence>}. */
    public String stem() {
        return stem(example, sentence);
    }

    static String path(Example example, Sentence sentence) {
        return example.id() + "/" + sentence.id() + "/";
    }

    static String stem(Example example, Sentence sentence) {
        return example.id() + "-" + sentence.id();
    }
}
