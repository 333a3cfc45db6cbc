package dev.unrolled.hardening;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.unrolled.engine.Lstm;
import dev.unrolled.example.Example;
import dev.unrolled.example.ExampleReader;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import dev.unrolled.site.LiveOutput;
import dev.unrolled.site.SiteBuilder;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The invariant every fuzzed input must keep: the tool either succeeds or reports located problems
 * ({@link InputException}), in bounded time; any other exception, a hang or running out of memory is a bug.
 */
final class Fuzzing {
    private static final Duration BOUND = Duration.ofSeconds(20);

    private Fuzzing() {}

    /** Loads (and, when it loads, runs) an example file's bytes. */
    static void example(byte[] bytes) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Example example = ExampleReader.parse("fuzz.json",
                        dev.unrolled.problem.SourceFiles.decodeForTests(bytes, "fuzz.json"));
                for (var sentence : example.sentences()) {
                    Lstm.run(example, sentence, example.arithmetic());
                }
            } catch (InputException e) {
                located(e);
            }
        });
    }

    /** Renders a project's pages (no PDFs) into {@code out}. */
    static void pages(Path project, Path out) {
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                SiteBuilder.rebuild(project, new LiveOutput(out), SiteBuilder.Scope.ALL);
            } catch (InputException e) {
                located(e);
            }
        });
    }

    /** A problem always names a file; one in a file's content also has a line. */
    private static void located(InputException e) {
        for (Problem problem : e.problems()) {
            if (problem.file().isBlank() || problem.message().isBlank()) {
                throw new AssertionError("a problem without file or message: " + problem);
            }
        }
    }
}
