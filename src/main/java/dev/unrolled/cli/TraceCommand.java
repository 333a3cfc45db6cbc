package dev.unrolled.cli;

import dev.unrolled.engine.Lstm;
import dev.unrolled.example.Arithmetic;
import dev.unrolled.example.Example;
import dev.unrolled.example.ExampleReader;
import dev.unrolled.example.Mode;
import dev.unrolled.example.Sentence;
import dev.unrolled.json.Text;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import dev.unrolled.write.json.TraceJson;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "trace",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Runs an example's LSTM over one sentence and prints every step as one JSON object: the "
                + "word, x, h_{t-1}, C_{t-1}, [h_{t-1}; x_t], each gate's z and value, C, tanh(C) and h.",
                "",
                "In hand mode (the default of most examples) every quantity is rounded to the given decimals and "
                        + "reused rounded, as a reader with a calculator would; in exact mode doubles are used "
                        + "throughout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the trace was printed", "2:the example file or an option is invalid (the message says "
                + "file:line:column and what is wrong)", "1:internal error"})
final class TraceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXAMPLE", description = "the example file, e.g. content/examples/alice.json")
    private Path file;

    @Option(names = "--sentence", paramLabel = "ID", description = "the sentence id; default: the first sentence")
    private String sentenceId;

    @Option(names = "--mode", paramLabel = "MODE", description = "exact or hand; default: the example's arithmetic")
    private String mode;

    @Option(names = "--decimals", paramLabel = "N", description = "decimal places (" + Arithmetic.MIN_DECIMALS
            + " to " + Arithmetic.MAX_DECIMALS + "); default: the example's arithmetic")
    private Integer decimals;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        arithmetic(Arithmetic.DEFAULT); // validates the options before any file is read
        Example example = ExampleReader.read(file, file.toString());
        Sentence sentence = sentenceId == null ? example.sentences().get(0) : example.sentence(sentenceId)
                .orElseThrow(() -> new InputException(Problem.inFile(file.toString(), "unknown sentence \""
                        + Text.clip(sentenceId) + "\" (--sentence); the example's sentences are: "
                        + String.join(", ", example.sentences().stream().map(Sentence::id).toList()))));
        Arithmetic arithmetic = arithmetic(example.arithmetic());
        spec.commandLine().getOut().print(TraceJson.write(Lstm.run(example, sentence, arithmetic)));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** The example's arithmetic with the command-line overrides applied; validates the overrides. */
    private Arithmetic arithmetic(Arithmetic base) {
        Mode chosen = base.mode();
        if (mode != null) {
            chosen = switch (mode.toLowerCase(Locale.ROOT)) {
                case "exact" -> Mode.EXACT;
                case "hand" -> Mode.HAND;
                default -> throw new InputException(Problem.inFile("--mode", "unknown mode \"" + Text.clip(mode)
                        + "\"; expected exact or hand"));
            };
        }
        int places = decimals == null ? base.decimals() : decimals;
        if (places < Arithmetic.MIN_DECIMALS || places > Arithmetic.MAX_DECIMALS) {
            throw new InputException(Problem.inFile("--decimals", "expected a whole number from "
                    + Arithmetic.MIN_DECIMALS + " to " + Arithmetic.MAX_DECIMALS + ", found " + places));
        }
        return new Arithmetic(chosen, places);
    }
}
